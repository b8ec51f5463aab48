-- The web app's collaboration page (GetCollaboration with every fragment its components
-- spread), for collaborations drawn from $COLLABORATIONS (slugs).
dofile("bench/common.lua")
query_file = "bench/queries/collaboration.graphql"

function prepare() slugs = lines(os.getenv("COLLABORATIONS")) end

function variables() return '{"slug":"' .. slugs[math.random(#slugs)] .. '"}' end
