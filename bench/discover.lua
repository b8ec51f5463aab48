-- discoverPeople(first: 20) for viewers drawn from $TOKENS, a quarter of the requests
-- filtered.
dofile("bench/common.lua")
query_file = "bench/queries/discover.graphql"

local filters = { '{"skill":"design"}', '{"place":"lisbon"}', '{"remoteFriendly":true}', '{"minScore":0.3}' }

function variables()
  if n % 4 == 0 then return filters[math.random(#filters)] end
  return '{}'
end
