-- wrk script for bench/isso: browser-like Origin header (env WRK_ORIGIN), optional JSON POST
-- body (env WRK_BODY), optional "Accept-Encoding: gzip" (env WRK_GZIP=1), optional "Connection: close" (env WRK_CLOSE=1), and one
-- machine-readable summary line prefixed "WRKJSON " (same fields as the shared Isso script).
local origin = os.getenv("WRK_ORIGIN") or "http://127.0.0.1:8081"
local body = os.getenv("WRK_BODY")
wrk.headers["Origin"] = origin
if os.getenv("WRK_GZIP") == "1" then
  wrk.headers["Accept-Encoding"] = "gzip"
end
if os.getenv("WRK_CLOSE") == "1" then
  wrk.headers["Connection"] = "close"
end
if body and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

-- No response() callback: it would make wrk parse every response in Lua. wrk counts
-- statuses > 399 in summary.errors.status already.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "bytes": %d, "rps": %.2f, ' ..
    '"lat_p50_ms": %.3f, "lat_p90_ms": %.3f, "lat_p99_ms": %.3f, "lat_max_ms": %.3f, ' ..
    '"lat_mean_ms": %.3f, "err_connect": %d, "err_read": %d, "err_write": %d, ' ..
    '"err_status": %d, "err_timeout": %d}\n',
    summary.requests, summary.duration, summary.bytes, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end
