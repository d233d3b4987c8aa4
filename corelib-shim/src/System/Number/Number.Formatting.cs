// Standard and custom numeric formatting with invariant-culture symbols, reproducing CoreCLR's observable
// output (rules documented in corelib-shim/README.md and checked by difftest). Our own implementation.
namespace System
{
    internal ref struct NumberBuffer
    {
        public Span<byte> Digits;      // ASCII digits, most significant first, no trailing zeros needed
        public int DigitsCount;
        public int Scale;              // value = 0.DIGITS * 10^Scale
        public bool IsNegative;
        public bool IsFloatingPoint;   // digits of double/float: already correctly rounded; sign survives rounding to 0

        public NumberBuffer(Span<byte> digits) { Digits = digits; DigitsCount = 0; Scale = 0; IsNegative = false; IsFloatingPoint = false; }
        public byte this[int i] => i < DigitsCount ? Digits[i] : (byte)0;
    }

    internal static partial class Number
    {
        internal const int DoublePrecisionCustomFormat = 15;
        internal const int SinglePrecisionCustomFormat = 7;
        internal const int DoubleRoundTripDigits = 17;
        internal const int SingleRoundTripDigits = 9;

        internal const string NaNSymbol = "NaN";
        internal const string PositiveInfinitySymbol = "Infinity";
        internal const string NegativeInfinitySymbol = "-Infinity";
        internal const string CurrencySymbol = "\u00A4";

        /// <summary>'G' with digits -1 for empty; the letter and its precision for a standard format; '\0' for custom.</summary>
        internal static char ParseFormatSpecifier(ReadOnlySpan<char> format, out int digits)
        {
            char c = default;
            if (format.Length > 0)
            {
                c = format[0];
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    if (format.Length == 1) { digits = -1; return c; }
                    int n = 0, i = 1;
                    while (i < format.Length && (uint)(format[i] - '0') <= 9)
                    {
                        if (i >= 10) break; // at most 9 digits
                        n = n * 10 + (format[i] - '0');
                        i++;
                    }
                    if (i == format.Length || format[i] == '\0') { digits = n; return c; }
                }
            }
            digits = -1;
            return format.Length == 0 || c == '\0' ? 'G' : '\0';
        }

        // ------------------------------------------------------------------------------ doubles / floats
        internal static string FormatDouble(double value, ReadOnlySpan<char> format)
        {
            var sb = new ValueStringBuilder(32);
            FormatDouble(ref sb, value, format);
            return sb.ToString();
        }

        internal static string FormatSingle(float value, ReadOnlySpan<char> format)
        {
            var sb = new ValueStringBuilder(32);
            FormatSingle(ref sb, value, format);
            return sb.ToString();
        }

        internal static void FormatDouble(ref ValueStringBuilder sb, double value, ReadOnlySpan<char> format)
            => FormatFloating(ref sb, value, false, format);

        internal static void FormatSingle(ref ValueStringBuilder sb, float value, ReadOnlySpan<char> format)
            => FormatFloating(ref sb, value, true, format);

        private static void FormatFloating(ref ValueStringBuilder sb, double value, bool isSingle, ReadOnlySpan<char> format)
        {
            char fmt = ParseFormatSpecifier(format, out int precision);
            if (double.IsNaN(value)) { sb.Append(NaNSymbol); return; }
            if (double.IsInfinity(value)) { sb.Append(value > 0 ? PositiveInfinitySymbol : NegativeInfinitySymbol); return; }

            var number = new NumberBuffer(stackalloc byte[MaxDigits + 2]);
            if (fmt == '\0')
            {
                int p = isSingle ? SinglePrecisionCustomFormat : DoublePrecisionCustomFormat;
                Digits(value, isSingle, DigitMode.Significant, p, ref number);
                FormatCustom(ref sb, ref number, format);
                return;
            }

            int nMaxDigits = precision;
            switch (fmt)
            {
                case 'R': case 'r':
                    Digits(value, isSingle, DigitMode.Shortest, 0, ref number);
                    FormatGeneralDefault(ref sb, ref number, isSingle, fmt == 'R' ? 'E' : 'e');
                    return;
                case 'G': case 'g':
                    if (precision <= 0)
                    {
                        Digits(value, isSingle, DigitMode.Shortest, 0, ref number);
                        FormatGeneralDefault(ref sb, ref number, isSingle, fmt == 'G' ? 'E' : 'e');
                        return;
                    }
                    Digits(value, isSingle, DigitMode.Significant, precision, ref number);
                    if (number.IsNegative) sb.Append('-');
                    FormatGeneral(ref sb, ref number, precision, fmt == 'G' ? 'E' : 'e', false);
                    return;
                case 'E': case 'e':
                    if (precision < 0) precision = 6;
                    Digits(value, isSingle, DigitMode.Significant, precision + 1, ref number);
                    if (number.IsNegative) sb.Append('-');
                    FormatScientific(ref sb, ref number, precision + 1, fmt);
                    return;
                case 'F': case 'f':
                case 'N': case 'n':
                case 'C': case 'c':
                    if (precision < 0) precision = 2;
                    Digits(value, isSingle, DigitMode.Fractional, precision, ref number);
                    FormatFixedStyle(ref sb, ref number, fmt, precision);
                    return;
                case 'P': case 'p':
                    if (precision < 0) precision = 2;
                    Digits(value, isSingle, DigitMode.Fractional, precision + 2, ref number);
                    if (number.DigitsCount > 0) number.Scale += 2;
                    FormatFixedStyle(ref sb, ref number, fmt, precision);
                    return;
            }
            throw new FormatException(SR.Argument_BadFormatSpecifier);
        }

        private static void Digits(double value, bool isSingle, DigitMode mode, int count, scoped ref NumberBuffer number)
        {
            if (isSingle) SingleToNumber((float)value, mode, count, ref number);
            else DoubleToNumber(value, mode, count, ref number);
        }

        /// <summary>Shortest round-trip digits in 'G' layout: scientific once the exponent passes the round-trip digit count.</summary>
        private static void FormatGeneralDefault(ref ValueStringBuilder sb, scoped ref NumberBuffer number, bool isSingle, char expChar)
        {
            int maxDigits = Math.Max(number.DigitsCount, isSingle ? SingleRoundTripDigits : DoubleRoundTripDigits);
            if (number.IsNegative) sb.Append('-');
            FormatGeneral(ref sb, ref number, maxDigits, expChar, false);
        }

        // ------------------------------------------------------------------------------ integers
        internal static string FormatInt64(long value, int bits, ReadOnlySpan<char> format)
        {
            if (format.Length == 0) return value >= 0 ? UInt64ToDecStr((ulong)value) : NegativeToDecStr(value);
            var sb = new ValueStringBuilder(32);
            FormatInteger(ref sb, value < 0, value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value, bits == 64 ? (ulong)value : (ulong)value & ((1UL << bits) - 1), format);
            return sb.ToString();
        }

        internal static string FormatUInt64(ulong value, ReadOnlySpan<char> format)
        {
            if (format.Length == 0) return UInt64ToDecStr(value);
            var sb = new ValueStringBuilder(32);
            FormatInteger(ref sb, false, value, value, format);
            return sb.ToString();
        }

        internal static void FormatInt64(ref ValueStringBuilder sb, long value, int bits, ReadOnlySpan<char> format)
            => FormatInteger(ref sb, value < 0, value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value, bits == 64 ? (ulong)value : (ulong)value & ((1UL << bits) - 1), format);

        internal static void FormatUInt64(ref ValueStringBuilder sb, ulong value, ReadOnlySpan<char> format)
            => FormatInteger(ref sb, false, value, value, format);

        internal static string Int64ToDecStr(long value) => value >= 0 ? UInt64ToDecStr((ulong)value) : NegativeToDecStr(value);

        internal static unsafe string UInt64ToDecStr(ulong value)
        {
            if (value < 10) return SmallDigitString((int)value);
            char* buf = stackalloc char[20];
            int p = 20;
            do { buf[--p] = (char)('0' + (int)(value % 10)); value /= 10; } while (value != 0);
            return new string(buf, p, 20 - p);
        }

        private static unsafe string NegativeToDecStr(long value)
        {
            ulong v = (ulong)(-(value + 1)) + 1;
            char* buf = stackalloc char[21];
            int p = 21;
            do { buf[--p] = (char)('0' + (int)(v % 10)); v /= 10; } while (v != 0);
            buf[--p] = '-';
            return new string(buf, p, 21 - p);
        }

        private static string[] s_smallDigits;
        private static string SmallDigitString(int v)
        {
            string[] a = s_smallDigits ??= new string[10];
            return a[v] ??= new string((char)('0' + v), 1);
        }

        /// <param name="magnitude">absolute value</param>
        /// <param name="twosComplement">the value's bits at its type width (for X and B)</param>
        private static void FormatInteger(ref ValueStringBuilder sb, bool negative, ulong magnitude, ulong twosComplement, ReadOnlySpan<char> format)
        {
            char fmt = ParseFormatSpecifier(format, out int digits);
            switch (fmt)
            {
                case 'G': case 'g':
                    if (digits > 0) break;
                    goto case 'D';
                case 'R': case 'r':
                    if (digits > 0) throw new FormatException(SR.Argument_BadFormatSpecifier);
                    goto case 'D';
                case 'D': case 'd':
                {
                    if (negative) sb.Append('-');
                    int n = CountDigits(magnitude);
                    if (digits > n) sb.Append('0', digits - n);
                    sb.AppendUInt(magnitude, 0);
                    return;
                }
                case 'X': case 'x':
                {
                    char a = fmt == 'X' ? 'A' : 'a';
                    ulong v = twosComplement;
                    int n = 1; while (n < 16 && (v >> (4 * n)) != 0) n++;
                    if (digits > n) sb.Append('0', digits - n);
                    for (int i = n - 1; i >= 0; i--) { int d = (int)(v >> (4 * i)) & 0xF; sb.Append((char)(d < 10 ? '0' + d : a + d - 10)); }
                    return;
                }
                case 'B': case 'b':
                {
                    ulong v = twosComplement;
                    int n = 1; while (n < 64 && (v >> n) != 0) n++;
                    if (digits > n) sb.Append('0', digits - n);
                    for (int i = n - 1; i >= 0; i--) sb.Append((char)('0' + (int)((v >> i) & 1)));
                    return;
                }
            }

            var number = new NumberBuffer(stackalloc byte[24]);
            number.IsNegative = negative;
            UInt64ToNumberDigits(magnitude, ref number);
            if (fmt == '\0') { FormatCustom(ref sb, ref number, format); return; }
            switch (fmt)
            {
                case 'G': case 'g':
                    RoundNumber(ref number, digits, false);
                    if (number.IsNegative) sb.Append('-');
                    FormatGeneral(ref sb, ref number, digits, fmt == 'G' ? 'E' : 'e', false);
                    return;
                case 'E': case 'e':
                    if (digits < 0) digits = 6;
                    digits++;
                    RoundNumber(ref number, digits, false);
                    if (number.IsNegative) sb.Append('-');
                    FormatScientific(ref sb, ref number, digits, fmt);
                    return;
                case 'F': case 'f': case 'N': case 'n': case 'C': case 'c':
                    if (digits < 0) digits = 2;
                    RoundNumber(ref number, number.Scale + digits, false);
                    FormatFixedStyle(ref sb, ref number, fmt, digits);
                    return;
                case 'P': case 'p':
                    if (digits < 0) digits = 2;
                    if (number.DigitsCount > 0) number.Scale += 2;
                    RoundNumber(ref number, number.Scale + digits, false);
                    FormatFixedStyle(ref sb, ref number, fmt, digits);
                    return;
            }
            throw new FormatException(SR.Argument_BadFormatSpecifier);
        }

        internal static int CountDigits(ulong v)
        {
            int n = 1;
            while (v >= 10) { v /= 10; n++; }
            return n;
        }

        // ------------------------------------------------------------------------------ shared layout
        /// <summary>Round the digit string at position pos (half up on the digits unless they are already exactly rounded).</summary>
        internal static void RoundNumber(scoped ref NumberBuffer number, int pos, bool isCorrectlyRounded)
        {
            var dig = number.Digits;
            int i = 0;
            while (i < pos && i < number.DigitsCount) i++;
            if (i == pos && i < number.DigitsCount && !isCorrectlyRounded && dig[i] >= '5')
            {
                while (i > 0 && dig[i - 1] == '9') i--;
                if (i > 0) dig[i - 1]++;
                else { number.Scale++; dig[0] = (byte)'1'; i = 1; }
            }
            else
            {
                while (i > 0 && dig[i - 1] == '0') i--;
            }
            if (i == 0)
            {
                if (!number.IsFloatingPoint) number.IsNegative = false;
                number.Scale = 0;
            }
            number.DigitsCount = i;
        }

        private static void FormatFixedStyle(ref ValueStringBuilder sb, scoped ref NumberBuffer number, char fmt, int decimals)
        {
            if (!number.IsFloatingPoint && number.DigitsCount == 0) number.IsNegative = false;
            switch (fmt)
            {
                case 'F': case 'f':
                    if (number.IsNegative) sb.Append('-');
                    FormatFixed(ref sb, ref number, decimals, false);
                    return;
                case 'N': case 'n':
                    if (number.IsNegative) sb.Append('-');
                    FormatFixed(ref sb, ref number, decimals, true);
                    return;
                case 'C': case 'c':
                    // invariant patterns: positive "¤n", negative "(¤n)"
                    if (number.IsNegative) sb.Append('(');
                    sb.Append(CurrencySymbol);
                    FormatFixed(ref sb, ref number, decimals, true);
                    if (number.IsNegative) sb.Append(')');
                    return;
                default: // P: "n %" / "-n %"
                    if (number.IsNegative) sb.Append('-');
                    FormatFixed(ref sb, ref number, decimals, true);
                    sb.Append(" %");
                    return;
            }
        }

        private static void FormatFixed(ref ValueStringBuilder sb, scoped ref NumberBuffer number, int nMaxDigits, bool group)
        {
            int digPos = number.Scale;
            int di = 0;
            if (digPos > 0)
            {
                if (group)
                {
                    int first = digPos % 3; if (first == 0) first = 3;
                    int written = 0;
                    while (written < digPos)
                    {
                        if (written != 0 && (written - first) % 3 == 0) sb.Append(',');
                        sb.Append(di < number.DigitsCount ? (char)number.Digits[di++] : '0');
                        written++;
                    }
                }
                else
                {
                    do { sb.Append(di < number.DigitsCount ? (char)number.Digits[di++] : '0'); } while (--digPos > 0);
                }
            }
            else sb.Append('0');

            if (nMaxDigits > 0)
            {
                sb.Append('.');
                int pos = number.Scale;
                if (pos < 0)
                {
                    int zeros = Math.Min(-pos, nMaxDigits);
                    sb.Append('0', zeros);
                    nMaxDigits -= zeros;
                }
                while (nMaxDigits > 0)
                {
                    sb.Append(di < number.DigitsCount ? (char)number.Digits[di++] : '0');
                    nMaxDigits--;
                }
            }
        }

        private static void FormatScientific(ref ValueStringBuilder sb, scoped ref NumberBuffer number, int nMaxDigits, char expChar)
        {
            int di = 0;
            sb.Append(number.DigitsCount > 0 ? (char)number.Digits[di++] : '0');
            if (nMaxDigits != 1) sb.Append('.');
            while (--nMaxDigits > 0) sb.Append(di < number.DigitsCount ? (char)number.Digits[di++] : '0');
            int e = number.DigitsCount == 0 ? 0 : number.Scale - 1;
            FormatExponent(ref sb, e, expChar, 3, true);
        }

        private static void FormatExponent(ref ValueStringBuilder sb, int value, char expChar, int minDigits, bool positiveSign)
        {
            sb.Append(expChar);
            if (value < 0) { sb.Append('-'); value = -value; }
            else if (positiveSign) sb.Append('+');
            sb.AppendUInt((ulong)value, minDigits);
        }

        private static void FormatGeneral(ref ValueStringBuilder sb, scoped ref NumberBuffer number, int nMaxDigits, char expChar, bool suppressScientific)
        {
            int digPos = number.Scale;
            bool scientific = false;
            if (!suppressScientific && (digPos > nMaxDigits || digPos < -3)) { digPos = 1; scientific = true; }
            int di = 0;
            if (digPos > 0)
            {
                do { sb.Append(di < number.DigitsCount ? (char)number.Digits[di++] : '0'); } while (--digPos > 0);
            }
            else sb.Append('0');
            if (di < number.DigitsCount || digPos < 0)
            {
                sb.Append('.');
                while (digPos < 0) { sb.Append('0'); digPos++; }
                while (di < number.DigitsCount) sb.Append((char)number.Digits[di++]);
            }
            if (scientific) FormatExponent(ref sb, number.Scale - 1, expChar, 2, true);
        }
    }
}
