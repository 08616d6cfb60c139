import { hashPassword, TIMING_DUMMY_HASH, verifyPassword } from '@/lib/auth/password';

// The cost of answering "unknown e-mail" (checked against the fixed dummy hash) next to "wrong
// password" (checked against a real user's hash). The database reads on both paths are the same
// single lookup, so the password check is what could tell them apart.
const ROUNDS = 30;

async function time(hash: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = process.hrtime.bigint();
    await verifyPassword(hash, `wrong-password-${i}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  return { mean: mean.toFixed(1), median: sorted[Math.floor(sorted.length / 2)]!.toFixed(1), p90: sorted[Math.floor(sorted.length * 0.9)]!.toFixed(1) };
};

async function main() {
  const real = await hashPassword('the-real-users-password');
  await time(real); // warm-up
  const [wrong, unknown] = [await time(real), await time(TIMING_DUMMY_HASH)];
  const a = stats(wrong);
  const b = stats(unknown);
  console.log(`wrong password  (ms): mean ${a.mean}  median ${a.median}  p90 ${a.p90}`);
  console.log(`unknown e-mail  (ms): mean ${b.mean}  median ${b.median}  p90 ${b.p90}`);
  console.log(`difference of medians: ${(Number(b.median) - Number(a.median)).toFixed(1)} ms over ${ROUNDS} rounds each`);
}

void main();
