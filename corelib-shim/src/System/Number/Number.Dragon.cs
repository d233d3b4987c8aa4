// Exact decimal digit generation for binary floating point, our own implementation of the classic
// Steele & White / Dragon4 scheme (free-format shortest output with IEEE round-half-even boundaries,
// and exactly rounded fixed-count output, ties to even), over Number.BigInt.
namespace System
{
    internal static partial class Number
    {
        internal const int MaxDigits = 800; // more than any double's exact expansion (767 significant digits)

        internal enum DigitMode { Shortest, Significant, Fractional }

        /// <summary>
        /// Digits of v = mantissa * 2^exponent (mantissa &gt; 0). Shortest: the shortest digit string that reads back
        /// as the same value (mantissaBits = 53 or 24 defines the neighbours); Significant: 'count' significant digits;
        /// Fractional: digits down to 10^-count. Result: number.Digits/DigitsCount (no trailing zeros), number.Scale
        /// (value = 0.DIGITS * 10^Scale). Exact modes round half to even.
        /// </summary>
        internal static void Dragon(ulong mantissa, int exponent, bool unequalMargins, DigitMode mode, int count, scoped ref NumberBuffer number)
        {
            number.DigitsCount = 0;
            number.Scale = 0;
            if (mantissa == 0) return;

            BigInt r = BigInt.FromULong(mantissa), s = new BigInt(), mPlus = null, mMinus = null;
            bool shortest = mode == DigitMode.Shortest;
            if (exponent >= 0)
            {
                r.ShiftLeft(exponent + (unequalMargins ? 2 : 1));
                s.SetULong(unequalMargins ? 4UL : 2UL);
                if (shortest)
                {
                    mMinus = BigInt.FromULong(1); mMinus.ShiftLeft(exponent);
                    mPlus = mMinus.Clone(); if (unequalMargins) mPlus.ShiftLeft(1);
                }
            }
            else
            {
                r.ShiftLeft(unequalMargins ? 2 : 1);
                s.SetULong(1); s.ShiftLeft(-exponent + (unequalMargins ? 2 : 1));
                if (shortest)
                {
                    mMinus = BigInt.FromULong(1);
                    mPlus = BigInt.FromULong(unequalMargins ? 2UL : 1UL);
                }
            }
            bool inclusive = shortest && (mantissa & 1) == 0;

            // Estimate k = ceil(log10(v)) from the binary exponent, then fix it up exactly.
            int hb = 63; while ((mantissa >> hb) == 0) hb--;
            int log2 = hb + exponent;
            int k = (int)(((long)log2 * 78913) >> 18) + 1; // floor(log2 * log10(2)) + 1
            if (k >= 0) s.MulPow10(k);
            else { r.MulPow10(-k); if (shortest) { mPlus.MulPow10(-k); mMinus.MulPow10(-k); } }
            // Fix-up: make the first digit position right (value (or its upper bound) below 10^k).
            while (true)
            {
                int c = shortest ? BigInt.CompareSum(r, mPlus, s) : BigInt.Compare(r, s);
                if (c > 0 || (c == 0 && (!shortest || inclusive))) { s.MulSmall(10); k++; continue; }
                break;
            }
            while (true)
            {
                // value (or upper bound) must reach at least 10^(k-1): otherwise the first digit would be 0
                var t = r.Clone(); t.MulSmall(10);
                int c = shortest ? BigInt.CompareSum(t, Scaled10(mPlus), s) : BigInt.Compare(t, s);
                if (c < 0 || (c == 0 && shortest && !inclusive)) { r.MulSmall(10); if (shortest) { mPlus.MulSmall(10); mMinus.MulSmall(10); } k--; continue; }
                break;
            }
            number.Scale = k;
            var digits = number.Digits;
            int n = 0;

            if (shortest)
            {
                while (true)
                {
                    r.MulSmall(10); mPlus.MulSmall(10); if (!ReferenceEquals(mPlus, mMinus)) mMinus.MulSmall(10);
                    int d = r.QuotientDigit(s);
                    int cl = BigInt.Compare(r, mMinus);
                    bool low = inclusive ? cl <= 0 : cl < 0;
                    int ch = BigInt.CompareSum(r, mPlus, s);
                    bool high = inclusive ? ch >= 0 : ch > 0;
                    if (!low && !high) { digits[n++] = (byte)('0' + d); if (n >= digits.Length) break; continue; }
                    if (low && high)
                    {
                        var r2 = r.Clone(); r2.ShiftLeft(1);
                        int c = BigInt.Compare(r2, s);
                        if (c > 0 || (c == 0 && (d & 1) != 0)) d++;
                    }
                    else if (high) d++;
                    digits[n++] = (byte)('0' + d);
                    break;
                }
                number.DigitsCount = n;
                TrimZeros(ref number);
                return;
            }

            int want = mode == DigitMode.Significant ? count : k + count;
            if (want > digits.Length) want = digits.Length;
            if (want < 0)
            {
                number.Scale = 0; number.DigitsCount = 0; return;
            }
            while (n < want && !r.IsZero)
            {
                r.MulSmall(10);
                digits[n++] = (byte)('0' + r.QuotientDigit(s));
            }
            if (!r.IsZero)
            {
                // round half to even on the exact remainder
                r.ShiftLeft(1);
                int c = BigInt.Compare(r, s);
                bool up = c > 0 || (c == 0 && (n == 0 ? false : ((digits[n - 1] - '0') & 1) != 0));
                if (up)
                {
                    int i = n;
                    while (i > 0 && digits[i - 1] == '9') i--;
                    if (i == 0) { digits[0] = (byte)'1'; n = 1; number.Scale++; }
                    else { digits[i - 1]++; n = i; }
                }
            }
            number.DigitsCount = n;
            TrimZeros(ref number);
            if (number.DigitsCount == 0) number.Scale = 0;
        }

        private static BigInt Scaled10(BigInt m) { var t = m.Clone(); t.MulSmall(10); return t; }

        private static void TrimZeros(scoped ref NumberBuffer number)
        {
            int n = number.DigitsCount;
            while (n > 0 && number.Digits[n - 1] == '0') n--;
            number.DigitsCount = n;
        }

        /// <summary>Decompose a finite nonzero double's magnitude: value = mantissa * 2^exponent.</summary>
        internal static void Decompose(double value, out ulong mantissa, out int exponent, out bool unequalMargins)
        {
            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value) & 0x7FFFFFFFFFFFFFFFUL;
            int be = (int)(bits >> 52);
            ulong frac = bits & 0xFFFFFFFFFFFFFUL;
            if (be == 0) { mantissa = frac; exponent = -1074; unequalMargins = false; }
            else { mantissa = frac | (1UL << 52); exponent = be - 1075; unequalMargins = frac == 0 && be > 1; }
        }

        internal static void Decompose(float value, out ulong mantissa, out int exponent, out bool unequalMargins)
        {
            uint bits = (uint)BitConverter.SingleToInt32Bits(value) & 0x7FFFFFFFu;
            int be = (int)(bits >> 23);
            uint frac = bits & 0x7FFFFFu;
            if (be == 0) { mantissa = frac; exponent = -149; unequalMargins = false; }
            else { mantissa = frac | (1u << 23); exponent = be - 150; unequalMargins = frac == 0 && be > 1; }
        }

        /// <summary>Fills number with the digits of a finite double for the given mode.</summary>
        internal static void DoubleToNumber(double value, DigitMode mode, int count, scoped ref NumberBuffer number)
        {
            number.IsNegative = BitConverter.DoubleToInt64Bits(value) < 0;
            number.IsFloatingPoint = true;
            if (value == 0) { number.DigitsCount = 0; number.Scale = 0; return; }
            Decompose(value, out ulong m, out int e, out bool unequal);
            if (mode == DigitMode.Shortest && e < 0 && e > -53)
            {
                // integer-valued doubles below 2^53 print as their integer digits
                ulong ip = m >> -e;
                if ((ip << -e) == m) { UInt64ToNumberDigits(ip, ref number); return; }
            }
            else if (mode == DigitMode.Shortest && e >= 0 && m < (1UL << 53) && e == 0)
            {
                UInt64ToNumberDigits(m, ref number); return;
            }
            Dragon(m, e, unequal, mode, count, ref number);
        }

        internal static void SingleToNumber(float value, DigitMode mode, int count, scoped ref NumberBuffer number)
        {
            number.IsNegative = BitConverter.SingleToInt32Bits(value) < 0;
            number.IsFloatingPoint = true;
            if (value == 0) { number.DigitsCount = 0; number.Scale = 0; return; }
            if (mode != DigitMode.Shortest) { Decompose((double)value, out ulong dm, out int de, out bool du); Dragon(dm, de, du, mode, count, ref number); return; }
            Decompose(value, out ulong m, out int e, out bool unequal);
            if (e < 0 && e > -24)
            {
                ulong ip = m >> -e;
                if ((ip << -e) == m) { UInt64ToNumberDigits(ip, ref number); return; }
            }
            Dragon(m, e, unequal, mode, count, ref number);
        }

        /// <summary>Digits of an unsigned integer, trailing zeros trimmed (they are implied by Scale).</summary>
        internal static void UInt64ToNumberDigits(ulong value, scoped ref NumberBuffer number)
        {
            Span<byte> tmp = stackalloc byte[20];
            int n = 0;
            while (value != 0) { tmp[n++] = (byte)('0' + (int)(value % 10)); value /= 10; }
            number.Scale = n;
            int j = 0;
            for (int i = n - 1; i >= 0; i--) number.Digits[j++] = tmp[i];
            number.DigitsCount = n;
            TrimZeros(ref number);
        }
    }
}
