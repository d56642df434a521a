-- wrk script of the load benchmark: requests the paths of a file (one a line, given after "--")
-- in turn, and prints the run's figures as one JSON line after "BENCH_JSON ".
local paths = {}
local position = 0

function init(args)
   for line in io.lines(args[1]) do
      if line ~= "" then paths[#paths + 1] = line end
   end
   position = math.random(#paths) - 1
end

function request()
   position = position % #paths + 1
   return wrk.format("GET", paths[position])
end

function done(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors": {"connect": %d, "read": %d, ' ..
      '"write": %d, "status": %d, "timeout": %d}, "latency_us": {"p50": %d, "p90": %d, "p99": %d, ' ..
      '"mean": %.1f, "max": %d}}\n',
      summary.requests, summary.duration, summary.bytes, errors.connect, errors.read, errors.write,
      errors.status, errors.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.mean, latency.max))
end
