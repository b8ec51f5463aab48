-- wrk script: discoverPeople(first: 20) for viewers drawn from a token file (one access
-- token per line, minted by bench/mint), a quarter of the requests filtered. Counts
-- GraphQL errors as errors too, not only non-2xx answers.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
  math.randomseed(1000 + id)
  failures, n = 0, 0
end

local filters = { 'skill: \\"design\\"', 'place: \\"lisbon\\"', 'remoteFriendly: true', 'minScore: 0.3' }

function request()
  n = n + 1
  local filter = ""
  if n % 4 == 0 then filter = ", " .. filters[math.random(#filters)] end
  local body = '{"query":"{ discoverPeople(first: 20' .. filter ..
    ') { totalCount edges { score node { handle displayName } sharedValues { viewerStrength theirStrength value { name } } } } }"}'
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
