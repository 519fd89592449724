/** Benchmarks print figures, not request logs: imported first, before the logger is made. */
process.env.LOG_LEVEL ??= 'error';
