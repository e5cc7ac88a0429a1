-- post.lua — wrk script of tests/replicas/run.sh: POSTs the fact file $FACTS as JSON and, at
-- the end, prints the counts the test reads (wrk counts a status >= 400 in errors.status).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("FACTS"), "rb"))
wrk.body = f:read("*a")
f:close()

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d\nfailed %d\n", summary.requests,
                         e.connect + e.read + e.write + e.status + e.timeout))
end
