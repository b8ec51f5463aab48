-- The web app's full collaboration document (the union of what its sections load, from
-- their fragments), for collaborations drawn from $COLLABORATIONS (slugs).
dofile("bench/common.lua")
query_file = "bench/queries/collaboration.operation.graphql"

function prepare() slugs = lines(os.getenv("COLLABORATIONS")) end

function variables() return '{"slug":"' .. slugs[math.random(#slugs)] .. '"}' end
