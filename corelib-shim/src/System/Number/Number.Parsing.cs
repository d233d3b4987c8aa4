// Number parsing: integers (with overflow detection per type) and correctly rounded double/float
// (fast exact path, else exact big-integer arithmetic). Invariant-culture symbols. Our own implementation.
using System.Globalization;

namespace System
{
    internal static partial class Number
    {
        internal enum ParseStatus { OK, Format, Overflow }

        private static bool IsWhite(char c) => c == 0x20 || (uint)(c - 0x09) <= (0x0D - 0x09);

        /// <summary>Parses an integer into magnitude + sign. Overflow is reported when the magnitude exceeds maxMagnitude
        /// (positive) or maxMagnitude + 1 (negative, when signed). Hex/binary parse the raw bits of width 'bits'.</summary>
        internal static ParseStatus ParseInteger(ReadOnlySpan<char> s, NumberStyles styles, int bits, bool signed, out ulong result)
        {
            result = 0;
            int i = 0, n = s.Length;
            if ((styles & NumberStyles.AllowLeadingWhite) != 0) while (i < n && IsWhite(s[i])) i++;
            if ((styles & NumberStyles.AllowTrailingWhite) != 0) while (n > i && IsWhite(s[n - 1])) n--;
            if (i >= n) return ParseStatus.Format;

            if ((styles & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
            {
                bool hex = (styles & NumberStyles.AllowHexSpecifier) != 0;
                int shift = hex ? 4 : 1;
                ulong v = 0;
                bool overflow = false;
                int start = i;
                while (i < n && s[i] == '0') i++;
                int sig = 0;
                for (; i < n; i++)
                {
                    int d = HexValue(s[i]);
                    if (d < 0 || (!hex && d > 1)) return ParseStatus.Format;
                    sig++;
                    if (sig * shift > bits) overflow = true;
                    v = (v << shift) | (uint)d;
                }
                if (i == start) return ParseStatus.Format;
                if (overflow) return ParseStatus.Overflow;
                result = v;
                return ParseStatus.OK;
            }

            // Integer, optionally with the other styles (decimal point with zero fraction, thousands, exponent) via NumberBuffer
            if ((styles & ~NumberStyles.Integer) == 0)
            {
                bool neg = false;
                if ((styles & NumberStyles.AllowLeadingSign) != 0)
                {
                    if (s[i] == '-') { neg = true; i++; }
                    else if (s[i] == '+') i++;
                }
                if (i >= n) return ParseStatus.Format;
                ulong v = 0;
                bool overflow = false;
                int start = i;
                for (; i < n; i++)
                {
                    uint d = (uint)(s[i] - '0');
                    if (d > 9) return ParseStatus.Format;
                    if (v > (ulong.MaxValue - d) / 10) overflow = true;
                    else v = v * 10 + d;
                }
                if (i == start) return ParseStatus.Format;
                return FinishInteger(neg, v, overflow, bits, signed, out result);
            }

            var number = new NumberBuffer(stackalloc byte[MaxDigits + 2]);
            if (!TryParseNumber(s, styles, ref number, out _)) return ParseStatus.Format;
            // integral value of the digits
            ulong m = 0;
            bool ovf = false;
            if (number.Scale > 20) ovf = number.DigitsCount > 0;
            else
            {
                for (int k = 0; k < number.Scale; k++)
                {
                    uint d = k < number.DigitsCount ? (uint)(number.Digits[k] - '0') : 0;
                    if (m > (ulong.MaxValue - d) / 10) { ovf = true; break; }
                    m = m * 10 + d;
                }
                for (int k = Math.Max(number.Scale, 0); k < number.DigitsCount; k++)
                    if (number.Digits[k] != '0') return ParseStatus.Overflow; // fractional part must be zero
            }
            return FinishInteger(number.IsNegative, m, ovf, bits, signed, out result);
        }

        private static ParseStatus FinishInteger(bool neg, ulong v, bool overflow, int bits, bool signed, out ulong result)
        {
            result = 0;
            if (overflow) return ParseStatus.Overflow;
            if (signed)
            {
                ulong maxPos = (1UL << (bits - 1)) - 1;
                if (neg) { if (v > maxPos + 1) return ParseStatus.Overflow; result = (ulong)(-(long)v); }
                else { if (v > maxPos) return ParseStatus.Overflow; result = v; }
            }
            else
            {
                ulong max = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
                if (neg) { if (v != 0) return ParseStatus.Overflow; result = 0; }
                else { if (v > max) return ParseStatus.Overflow; result = v; }
            }
            return ParseStatus.OK;
        }

        private static int HexValue(char c)
        {
            if ((uint)(c - '0') <= 9) return c - '0';
            if ((uint)((c | 0x20) - 'a') <= 5) return (c | 0x20) - 'a' + 10;
            return -1;
        }

        /// <summary>Parses the decimal number grammar allowed by styles into digits/scale/sign.</summary>
        internal static bool TryParseNumber(ReadOnlySpan<char> s, NumberStyles styles, scoped ref NumberBuffer number, out bool hasNonZeroTail)
        {
            hasNonZeroTail = false;
            int i = 0, n = s.Length;
            number.DigitsCount = 0; number.Scale = 0; number.IsNegative = false;
            if ((styles & NumberStyles.AllowLeadingWhite) != 0) while (i < n && IsWhite(s[i])) i++;
            if ((styles & NumberStyles.AllowTrailingWhite) != 0) while (n > i && IsWhite(s[n - 1])) n--;
            bool paren = false, signSeen = false;
            // leading sign / parenthesis / currency
            while (i < n)
            {
                char c = s[i];
                if ((styles & NumberStyles.AllowLeadingSign) != 0 && !signSeen && (c == '-' || c == '+'))
                {
                    signSeen = true; number.IsNegative = c == '-'; i++;
                    if ((styles & NumberStyles.AllowLeadingWhite) != 0) { } // whitespace after the sign is not allowed
                    continue;
                }
                if ((styles & NumberStyles.AllowParentheses) != 0 && !signSeen && c == '(') { signSeen = true; paren = true; number.IsNegative = true; i++; continue; }
                if ((styles & NumberStyles.AllowCurrencySymbol) != 0 && c == '\u00A4') { i++; continue; }
                break;
            }
            int digitsSeen = 0;
            bool decimalSeen = false;
            int nd = 0;          // stored digits
            int scale = 0;
            bool anyDigit = false;
            var dig = number.Digits;
            while (i < n)
            {
                char c = s[i];
                if ((uint)(c - '0') <= 9)
                {
                    anyDigit = true;
                    if (nd == 0 && c == '0') { if (decimalSeen) scale--; i++; continue; } // leading zeros
                    if (nd < MaxDigits) dig[nd++] = (byte)c;
                    else if (c != '0') hasNonZeroTail = true;
                    if (!decimalSeen) scale++;
                    digitsSeen++;
                    i++;
                    continue;
                }
                if (c == '.' && (styles & NumberStyles.AllowDecimalPoint) != 0 && !decimalSeen) { decimalSeen = true; i++; continue; }
                if (c == ',' && (styles & NumberStyles.AllowThousands) != 0 && !decimalSeen && anyDigit) { i++; continue; }
                break;
            }
            if (!anyDigit) return false;
            // exponent
            if (i < n && (s[i] == 'e' || s[i] == 'E') && (styles & NumberStyles.AllowExponent) != 0)
            {
                int save = i;
                i++;
                bool eneg = false;
                if (i < n && (s[i] == '+' || s[i] == '-')) { eneg = s[i] == '-'; i++; }
                if (i < n && (uint)(s[i] - '0') <= 9)
                {
                    int e = 0;
                    while (i < n && (uint)(s[i] - '0') <= 9)
                    {
                        if (e < 100000000) e = e * 10 + (s[i] - '0');
                        i++;
                    }
                    scale += eneg ? -e : e;
                }
                else i = save;
            }
            // trailing sign / parenthesis / currency
            while (i < n)
            {
                char c = s[i];
                if ((styles & NumberStyles.AllowTrailingSign) != 0 && !signSeen && (c == '-' || c == '+')) { signSeen = true; number.IsNegative = c == '-'; i++; continue; }
                if (paren && c == ')') { paren = false; i++; continue; }
                if ((styles & NumberStyles.AllowCurrencySymbol) != 0 && c == '\u00A4') { i++; continue; }
                break;
            }
            if (paren || i != n) return false;
            // trim trailing zeros of the stored digits
            while (nd > 0 && dig[nd - 1] == '0') nd--;
            number.DigitsCount = nd;
            number.Scale = nd == 0 ? 0 : scale;
            return true;
        }

        private static readonly double[] s_pow10 = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

        /// <summary>Correctly rounded (ties to even) binary value of the decimal in number, as raw IEEE bits.</summary>
        internal static ulong NumberToFloatBits(scoped ref NumberBuffer number, bool hasNonZeroTail, int mantBits, int maxExp)
        {
            int minExp = 1 - maxExp; // exponent of the smallest normal
            ulong signBit = number.IsNegative ? 1UL << (mantBits == 53 ? 63 : 31) : 0;
            int expBits = mantBits == 53 ? 11 : 8;
            ulong infBits = ((1UL << expBits) - 1) << (mantBits - 1);
            int nd = number.DigitsCount;
            if (nd == 0) return signBit;
            if (number.Scale > 310) return signBit | infBits;
            if (number.Scale < -330) return signBit;
            int e10 = number.Scale - nd;

            if (mantBits == 53 && nd <= 15 && !hasNonZeroTail && e10 >= -22 && e10 <= 22 + (15 - nd))
            {
                ulong m = 0;
                for (int k = 0; k < nd; k++) m = m * 10 + (ulong)(number.Digits[k] - '0');
                double d = m;
                if (e10 > 22) { d *= s_pow10[e10 - 22]; e10 = 22; }
                d = e10 >= 0 ? d * s_pow10[e10] : d / s_pow10[-e10];
                return (ulong)BitConverter.DoubleToInt64Bits(d) | signBit;
            }

            var N = new BigInt(8);
            int k2 = 0;
            while (k2 < nd)
            {
                uint chunk = 0, mul = 1;
                for (int j = 0; j < 9 && k2 < nd; j++, k2++) { chunk = chunk * 10 + (uint)(number.Digits[k2] - '0'); mul *= 10; }
                N.MulSmall(mul);
                N.AddSmall(chunk);
            }
            bool sticky = hasNonZeroTail;
            int binExp = 0;
            BigInt q;
            if (e10 >= 0)
            {
                N.MulPow10(e10);
                q = N;
            }
            else
            {
                var D = BigInt.FromULong(1);
                D.MulPow10(-e10);
                int sh = D.BitLength() - N.BitLength() + mantBits + 3;
                if (sh < 0) sh = 0;
                N.ShiftLeft(sh);
                binExp = -sh;
                q = N.DivRem(D);
                if (!N.IsZero) sticky = true;
            }
            return RoundToFloatBits(q, binExp, sticky, mantBits, minExp, maxExp) | signBit;
        }

        private static ulong RoundToFloatBits(BigInt q, int binExp, bool sticky, int mantBits, int minExp, int maxExp)
        {
            int expBits = mantBits == 53 ? 11 : 8;
            ulong infBits = ((1UL << expBits) - 1) << (mantBits - 1);
            int bl = q.BitLength();
            if (bl == 0) return 0;
            int e = bl - 1 + binExp;
            if (e > maxExp) return infBits;
            int keep = mantBits;
            if (e < minExp) keep = mantBits - (minExp - e);
            if (keep < 0) return 0;
            ulong m;
            int drop = bl - keep;
            if (keep == 0)
            {
                bool half = q.GetBit(bl - 1);
                bool rest = q.AnyBitsBelow(bl - 1) || sticky;
                return half && rest ? 1UL : 0UL;
            }
            if (drop <= 0) m = q.GetBits64(0) << -drop;
            else
            {
                m = q.GetBits64(drop) & (keep == 64 ? ulong.MaxValue : (1UL << keep) - 1);
                bool half = q.GetBit(drop - 1);
                bool rest = q.AnyBitsBelow(drop - 1) || sticky;
                if (half && (rest || (m & 1) != 0)) m++;
            }
            if (e < minExp) return m; // subnormal (a carry into 2^(mantBits-1) yields the smallest normal)
            if (m == 1UL << mantBits) { m >>= 1; e++; if (e > maxExp) return infBits; }
            return ((ulong)(e + maxExp) << (mantBits - 1)) | (m & ((1UL << (mantBits - 1)) - 1));
        }

        internal static bool TryParseDouble(ReadOnlySpan<char> s, NumberStyles styles, out double result)
        {
            var number = new NumberBuffer(stackalloc byte[MaxDigits + 2]);
            if (!TryParseNumber(s, styles, ref number, out bool tail))
                return TryParseSpecial(s, out result);
            result = BitConverter.Int64BitsToDouble((long)NumberToFloatBits(ref number, tail, 53, 1023));
            return true;
        }

        internal static bool TryParseSingle(ReadOnlySpan<char> s, NumberStyles styles, out float result)
        {
            var number = new NumberBuffer(stackalloc byte[MaxDigits + 2]);
            if (!TryParseNumber(s, styles, ref number, out bool tail))
            {
                bool ok = TryParseSpecial(s, out double d);
                result = (float)d;
                return ok;
            }
            result = BitConverter.Int32BitsToSingle((int)NumberToFloatBits(ref number, tail, 24, 127));
            return true;
        }

        /// <summary>The invariant culture's symbols as CoreCLR's TryParseFloat accepts them
        /// ("Infinity", "-Infinity", "NaN", each optionally signed; no "∞").</summary>
        private static bool TryParseSpecial(ReadOnlySpan<char> s, out double result)
        {
            int i = 0, n = s.Length;
            while (i < n && IsWhite(s[i])) i++;
            while (n > i && IsWhite(s[n - 1])) n--;
            var t = s.Slice(i, n - i);
            result = 0;
            if (EqualsIgnoreCase(t, PositiveInfinitySymbol) || EqualsIgnoreCase(t, "+Infinity")) { result = double.PositiveInfinity; return true; }
            if (EqualsIgnoreCase(t, NegativeInfinitySymbol)) { result = double.NegativeInfinity; return true; }
            if (EqualsIgnoreCase(t, NaNSymbol) || EqualsIgnoreCase(t, "+NaN") || EqualsIgnoreCase(t, "-NaN")) { result = double.NaN; return true; }
            return false;
        }

        private static bool EqualsIgnoreCase(ReadOnlySpan<char> a, string b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                char x = a[i], y = b[i];
                if ((uint)(x - 'A') <= 25) x = (char)(x | 0x20);
                if ((uint)(y - 'A') <= 25) y = (char)(y | 0x20);
                if (x != y) return false;
            }
            return true;
        }

        internal static void ValidateParseStyleInteger(NumberStyles style)
        {
            if ((style & ~NumberStyles.Any & ~NumberStyles.AllowHexSpecifier & ~NumberStyles.AllowBinarySpecifier) != 0)
                throw new ArgumentException(SR.Argument_InvalidNumberStyles, "style");
            if ((style & NumberStyles.AllowHexSpecifier) != 0 && (style & ~NumberStyles.HexNumber) != 0)
                throw new ArgumentException(SR.Argument_InvalidHexStyle, "style");
        }

        internal static void ValidateParseStyleFloatingPoint(NumberStyles style)
        {
            if ((style & ~NumberStyles.Any) != 0 && (style & ~(NumberStyles.Any | NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
                throw new ArgumentException(SR.Argument_InvalidNumberStyles, "style");
            if ((style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
                throw new ArgumentException(SR.Arg_HexBinaryStylesNotSupported, "style");
        }

        internal static Exception ParseFailure(ParseStatus status, ReadOnlySpan<char> s, string overflowMessage)
            => status == ParseStatus.Overflow ? new OverflowException(overflowMessage) : new FormatException(SR.Format(SR.Format_InvalidStringWithValue, s.ToString()));
    }
}
