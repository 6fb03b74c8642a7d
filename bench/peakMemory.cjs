// Preloaded into a benchmarked process (node -r): reports its peak resident memory on exit.
process.on('exit', () => process.stderr.write(`\nmaxrss-kb ${process.resourceUsage().maxRSS}\n`));
