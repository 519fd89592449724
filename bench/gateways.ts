import 'reflect-metadata';
import { percentile } from './support';
import { GATEWAYS, compareGateways, type GatewayName } from './gateway-comparison';

/**
 * npm run bench:gateways: requests per second for the same three operations through our gateway, through Hive
 * Gateway and through Hive Gateway with its Rust query planner, in front of the same four subgraph processes
 * (bench/gateway-comparison.ts). It prints each round's figures, then the medians and the ratios of ours to
 * each. `npm run bench` puts the same ratios in its table.
 *   BENCH_ROUNDS (default 3), BENCH_SECONDS per measurement (default 5), BENCH_CONNECTIONS (default 16).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

async function main() {
  console.log(`${ROUNDS} rounds; each measurement ${SECONDS} s with ${CONNECTIONS} connections (autocannon); requests/s\n`);
  const result = await compareGateways({
    rounds: ROUNDS,
    seconds: SECONDS,
    connections: CONNECTIONS,
    onMeasurement: ({ round, operation, gateway, rps, p99, non2xx, errors }) => {
      const problems = non2xx + errors ? ` (${non2xx} non-2xx, ${errors} errors)` : '';
      console.log(`round ${round + 1} | ${operation} | ${gateway} | ${Math.round(rps)} req/s | p99 ${p99} ms${problems}`);
    },
  });
  console.log(`\noperation | ${GATEWAYS.join(' | ')} | ours / Hive | ours / Hive router runtime`);
  for (const operation of result.operations) {
    const rps = (gateway: GatewayName) => median(result.measurements.filter((m) => m.operation === operation && m.gateway === gateway).map((m) => m.rps));
    const [ours, hive, rust] = GATEWAYS.map(rps);
    console.log(`${operation} | ${Math.round(ours)} | ${Math.round(hive)} | ${Math.round(rust)} | ${(ours / hive).toFixed(2)} | ${(ours / rust).toFixed(2)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
