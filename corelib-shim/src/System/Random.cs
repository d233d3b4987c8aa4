namespace System
{
    /// <summary>Random. new Random(seed) reproduces CoreCLR's sequence: Knuth's subtractive generator (the legacy
    /// "Net5Compat" algorithm) with the same derivations for Next(max), Next(min,max), NextDouble, NextBytes,
    /// NextInt64 and NextSingle. The unseeded generator is xoshiro256** seeded from the clock.</summary>
    public class Random
    {
        private readonly CompatPrng _compat;   // seeded (or derived) instances
        private ulong _s0, _s1, _s2, _s3;     // unseeded xoshiro state
        private readonly bool _isDerived;
        private static Random s_shared;

        public Random()
        {
            _isDerived = GetType() != typeof(Random);
            if (_isDerived) { _compat = new CompatPrng(Seed()); return; }
            ulong seed = (ulong)Internal.Runtime.SystemImports.GetTimestamp() ^ 0x9E3779B97F4A7C15UL ^ (ulong)Internal.Runtime.SystemImports.GetSystemTimeNanoseconds();
            _s0 = SplitMix(ref seed); _s1 = SplitMix(ref seed); _s2 = SplitMix(ref seed); _s3 = SplitMix(ref seed);
        }

        public Random(int Seed)
        {
            _isDerived = GetType() != typeof(Random);
            _compat = new CompatPrng(Seed);
        }

        private static int Seed() => (int)(Internal.Runtime.SystemImports.GetTimestamp() & 0x7FFFFFFF);
        private static ulong SplitMix(ref ulong x)
        {
            ulong z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public static Random Shared => s_shared ??= new Random();

        private ulong NextXoshiro()
        {
            ulong s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
            ulong result = RotL(s1 * 5, 7) * 9;
            ulong t = s1 << 17;
            s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = RotL(s3, 45);
            _s0 = s0; _s1 = s1; _s2 = s2; _s3 = s3;
            return result;
        }
        private static ulong RotL(ulong x, int k) => (x << k) | (x >> (64 - k));

        protected virtual double Sample() => _compat != null ? _compat.Sample() : (NextXoshiro() >> 11) * (1.0 / (1UL << 53));

        public virtual int Next()
        {
            if (_compat != null) return _isDerived ? (int)(Sample() * int.MaxValue) : _compat.InternalSample();
            while (true) { ulong r = NextXoshiro() >> 33; if (r != int.MaxValue) return (int)r; }
        }

        public virtual int Next(int maxValue)
        {
            if (maxValue < 0) throw new ArgumentOutOfRangeException(nameof(maxValue), SR.Format("'{0}' must be greater than or equal to '{1}'.", nameof(maxValue), 0));
            if (_compat != null) return (int)(Sample() * maxValue);
            return maxValue > 1 ? (int)UniformBelow((uint)maxValue) : 0;
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue) throw new ArgumentOutOfRangeException(nameof(minValue), SR.Format("'{0}' cannot be greater than {1}.", nameof(minValue), nameof(maxValue)));
            if (_compat != null)
            {
                long range = (long)maxValue - minValue;
                return range <= int.MaxValue ? (int)(Sample() * range) + minValue : (int)((long)(_compat.GetSampleForLargeRange(this) * range) + minValue);
            }
            ulong r = (ulong)((long)maxValue - minValue);
            return r > 1 ? (int)((long)UniformBelow64(r) + minValue) : minValue;
        }

        public virtual long NextInt64()
        {
            if (_compat != null)
            {
                while (true)
                {
                    ulong result = _compat.NextUInt64(this) >> 1;
                    if (result != long.MaxValue) return (long)result;
                }
            }
            while (true) { ulong r = NextXoshiro() >> 1; if (r != long.MaxValue) return (long)r; }
        }

        public virtual long NextInt64(long maxValue)
        {
            if (maxValue < 0) throw new ArgumentOutOfRangeException(nameof(maxValue), SR.Format("'{0}' must be greater than or equal to '{1}'.", nameof(maxValue), 0));
            return NextInt64(0, maxValue);
        }

        public virtual long NextInt64(long minValue, long maxValue)
        {
            if (minValue > maxValue) throw new ArgumentOutOfRangeException(nameof(minValue), SR.Format("'{0}' cannot be greater than {1}.", nameof(minValue), nameof(maxValue)));
            ulong exclusiveRange = (ulong)(maxValue - minValue);
            if (_compat != null)
            {
                if (exclusiveRange > 1)
                {
                    int bits = Log2Ceiling(exclusiveRange);
                    while (true)
                    {
                        ulong result = _compat.NextUInt64(this) >> (64 - bits);
                        if (result < exclusiveRange) return (long)result + minValue;
                    }
                }
                return minValue;
            }
            return exclusiveRange > 1 ? (long)UniformBelow64(exclusiveRange) + minValue : minValue;
        }

        private static int Log2Ceiling(ulong value)
        {
            int result = 63 - System.Numerics.BitOperations.LeadingZeroCount(value);
            if ((value & (value - 1)) != 0) result++;
            return result;
        }

        public virtual double NextDouble() => Sample();

        public virtual float NextSingle()
        {
            if (_compat != null) return (float)Sample();
            return (NextXoshiro() >> 40) * (1.0f / (1u << 24));
        }

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null) ThrowHelper.ThrowArgumentNullException(nameof(buffer));
            NextBytes(new Span<byte>(buffer));
        }

        public virtual void NextBytes(Span<byte> buffer)
        {
            if (_compat != null)
            {
                if (_isDerived) { for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)Next(); }
                else for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)_compat.InternalSample();
                return;
            }
            int k = 0;
            while (k < buffer.Length)
            {
                ulong r = NextXoshiro();
                for (int j = 0; j < 8 && k < buffer.Length; j++, k++) { buffer[k] = (byte)r; r >>= 8; }
            }
        }

        public void Shuffle<T>(T[] values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException(nameof(values));
            Shuffle(new Span<T>(values));
        }

        public void Shuffle<T>(Span<T> values)
        {
            int n = values.Length;
            for (int i = 0; i < n - 1; i++)
            {
                int j = Next(i, n);
                if (j != i) { T temp = values[i]; values[i] = values[j]; values[j] = temp; }
            }
        }

        public T[] GetItems<T>(T[] choices, int length)
        {
            if (choices == null) ThrowHelper.ThrowArgumentNullException(nameof(choices));
            var r = new T[length];
            for (int i = 0; i < length; i++) r[i] = choices[Next(choices.Length)];
            return r;
        }

        private uint UniformBelow(uint bound)
        {
            while (true)
            {
                ulong m = (NextXoshiro() >> 32) * bound;
                if ((uint)m >= (0u - bound) % bound) return (uint)(m >> 32);
            }
        }

        private ulong UniformBelow64(ulong bound)
        {
            ulong threshold = (0UL - bound) % bound;
            while (true)
            {
                ulong x = NextXoshiro();
                ulong hi = Math.BigMul(x, bound, out ulong lo);
                if (lo >= threshold) return hi;
            }
        }

        /// <summary>Knuth's subtractive generator (Numerical Recipes' ran3 as adapted by .NET Framework's Random).</summary>
        private sealed class CompatPrng
        {
            private readonly int[] _seedArray = new int[56];
            private int _inext;
            private int _inextp;

            public CompatPrng(int seed)
            {
                int[] seedArray = _seedArray;
                int subtraction = (seed == int.MinValue) ? int.MaxValue : Math.Abs(seed);
                int mj = 161803398 - subtraction;
                seedArray[55] = mj;
                int mk = 1;
                int ii = 0;
                for (int i = 1; i < 55; i++)
                {
                    if ((ii += 21) >= 55) ii -= 55;
                    seedArray[ii] = mk;
                    mk = mj - mk;
                    if (mk < 0) mk += int.MaxValue;
                    mj = seedArray[ii];
                }
                for (int k = 1; k < 5; k++)
                {
                    for (int i = 1; i < 56; i++)
                    {
                        int n = i + 30;
                        if (n >= 55) n -= 55;
                        seedArray[i] -= seedArray[1 + n];
                        if (seedArray[i] < 0) seedArray[i] += int.MaxValue;
                    }
                }
                _inextp = 21;
            }

            internal double Sample() => InternalSample() * (1.0 / int.MaxValue);

            internal int InternalSample()
            {
                int[] seedArray = _seedArray;
                int locINext = _inext;
                if (++locINext >= 56) locINext = 1;
                int locINextp = _inextp;
                if (++locINextp >= 56) locINextp = 1;
                int retVal = seedArray[locINext] - seedArray[locINextp];
                if (retVal == int.MaxValue) retVal--;
                if (retVal < 0) retVal += int.MaxValue;
                seedArray[locINext] = retVal;
                _inext = locINext;
                _inextp = locINextp;
                return retVal;
            }

            internal ulong NextUInt64(Random owner) =>
                ((ulong)(uint)owner.Next(1 << 22)) | (((ulong)(uint)owner.Next(1 << 22)) << 22) | (((ulong)(uint)owner.Next(1 << 20)) << 44);

            internal double GetSampleForLargeRange(Random owner)
            {
                int result = owner._isDerived ? owner.Next() : InternalSample();
                bool negative = (owner._isDerived ? owner.Next() : InternalSample()) % 2 == 0;
                if (negative) result = -result;
                double d = result;
                d += int.MaxValue - 1;
                d /= 2 * (uint)int.MaxValue - 1;
                return d;
            }
        }
    }
}
