-- The nested read: 20 people, drawn from $PEOPLE (lines of global IDs), with their values
-- and their memberships' collaborations with those collaborations' values.
dofile("bench/common.lua")
query_file = "bench/queries/nested.graphql"

function prepare() people = lines(os.getenv("PEOPLE")) end

function variables() return '{"ids":[' .. people[math.random(#people)] .. ']}' end
