-- The web app's dashboard: its one query (the sections' fragments, from the web app) as
-- viewers drawn from $TOKENS.
dofile("bench/common.lua")
query_file = "bench/queries/dashboard.operation.graphql"

function variables() return '{}' end
