-- Shared by the operation scripts (bench/<operation>.lua): a viewer's token per request
-- from $TOKENS, the operation's document, GraphQL errors counted as errors too (not only
-- non-2xx answers), and one line "RESULT {json}" at the end for bench/run.sh.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function lines(path)
  local t = {}
  for l in io.lines(path) do
    if l ~= "" then t[#t + 1] = l end
  end
  return t
end

function json_string(s)
  s = s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n')
  return '"' .. s .. '"'
end

function init(args)
  tokens = lines(os.getenv("TOKENS"))
  local f = assert(io.open(query_file))
  document = json_string(f:read("*a"))
  f:close()
  math.randomseed(1000 + id)
  failures, n = 0, 0
  if prepare then prepare() end
end

function request()
  n = n + 1
  local body = '{"query":' .. document .. ',"variables":' .. variables() .. '}'
  return wrk.format("POST", "/query", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
  }, body)
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then failures = failures + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do failed = failed + t:get("failures") end
  io.write(string.format('RESULT {"requests": %d, "rps": %.1f, "p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "errors": %d, "non2xx": %d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, failed, summary.errors.status))
end
