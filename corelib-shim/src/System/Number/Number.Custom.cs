// Custom numeric format strings ("0.00", "#,##0", "0.###E+0", "0;(0);zero", quotes, escapes, %, ‰, scaling commas).
// Our own implementation of the documented semantics; edge cases follow CoreCLR as observed (see difftest).
namespace System
{
    internal static partial class Number
    {
        private struct CustomSection
        {
            public int DigitCount, DecimalPos, FirstZero, LastZero, ScaleAdjust;
            public bool Scientific, Grouping;
        }

        /// <summary>Start and length of section n (0 = positive, 1 = negative, 2 = zero); falls back to section 0 when missing or empty.</summary>
        private static int FindSection(ReadOnlySpan<char> format, int n, out int start, out int length)
        {
            int idx = 0, sec = 0, secStart = 0;
            int s0Start = 0, s0Len = -1;
            start = 0; length = -1;
            while (true)
            {
                bool end = idx >= format.Length;
                char c = end ? '\0' : format[idx];
                if (end || c == ';')
                {
                    int len = idx - secStart;
                    if (sec == 0) { s0Start = secStart; s0Len = len; }
                    if (sec == n && len > 0) { start = secStart; length = len; return n; }
                    if (end || sec == 2) break;
                    sec++; secStart = idx + 1; idx++;
                    continue;
                }
                if (c == '\'' || c == '"')
                {
                    idx++;
                    while (idx < format.Length && format[idx] != c) idx++;
                    idx++;
                    continue;
                }
                if (c == '\\') { idx += 2; continue; }
                idx++;
            }
            start = s0Start; length = s0Len < 0 ? format.Length : s0Len;
            return 0;
        }

        private static CustomSection ParseSection(ReadOnlySpan<char> f)
        {
            var s = new CustomSection { DecimalPos = -1, FirstZero = int.MaxValue, LastZero = -1 };
            int thousandPos = -1, thousandCount = 0;
            for (int i = 0; i < f.Length; i++)
            {
                char c = f[i];
                switch (c)
                {
                    case '#': s.DigitCount++; break;
                    case '0':
                        if (s.FirstZero == int.MaxValue) s.FirstZero = s.DigitCount;
                        s.DigitCount++;
                        s.LastZero = s.DigitCount;
                        break;
                    case '.':
                        if (s.DecimalPos < 0) s.DecimalPos = s.DigitCount;
                        break;
                    case ',':
                        if (s.DigitCount > 0 && s.DecimalPos < 0)
                        {
                            if (thousandPos >= 0)
                            {
                                if (thousandPos == s.DigitCount) { thousandCount++; break; }
                                s.Grouping = true;
                            }
                            thousandPos = s.DigitCount;
                            thousandCount = 1;
                        }
                        break;
                    case '%': s.ScaleAdjust += 2; break;
                    case '\u2030': s.ScaleAdjust += 3; break;
                    case '\'': case '"':
                        i++;
                        while (i < f.Length && f[i] != c) i++;
                        break;
                    case '\\': i++; break;
                    case 'E': case 'e':
                        if (i + 1 < f.Length && (f[i + 1] == '0' || ((f[i + 1] == '+' || f[i + 1] == '-') && i + 2 < f.Length && f[i + 2] == '0')))
                        {
                            s.Scientific = true;
                            i++;
                            if (f[i] == '+' || f[i] == '-') i++;
                            while (i + 1 < f.Length && f[i + 1] == '0') i++;
                        }
                        break;
                }
            }
            if (s.DecimalPos < 0) s.DecimalPos = s.DigitCount;
            if (thousandPos >= 0)
            {
                if (thousandPos == s.DecimalPos) s.ScaleAdjust -= thousandCount * 3;
                else s.Grouping = true;
            }
            return s;
        }

        internal static void FormatCustom(ref ValueStringBuilder sb, scoped ref NumberBuffer number, ReadOnlySpan<char> format)
        {
            int which = number.DigitsCount == 0 ? 2 : number.IsNegative ? 1 : 0;
            int section = FindSection(format, which, out int start, out int length);
            ReadOnlySpan<char> f = format.Slice(start, length);
            CustomSection cs = ParseSection(f);

            if (number.DigitsCount != 0)
            {
                number.Scale += cs.ScaleAdjust;
                int pos = cs.Scientific ? cs.DigitCount : number.Scale + cs.DigitCount - cs.DecimalPos;
                RoundNumber(ref number, pos, false);
                if (number.DigitsCount == 0)
                {
                    int zsec = FindSection(format, 2, out int zs, out int zl);
                    if (zsec != section)
                    {
                        section = zsec;
                        start = zs; length = zl;
                        f = format.Slice(start, length);
                        cs = ParseSection(f);
                        // zero section: the value is zero
                    }
                }
            }
            else
            {
                if (!number.IsFloatingPoint) number.IsNegative = false;
                number.Scale = 0;
            }

            int signPos = sb.Length;
            bool wroteSign = false;
            if (number.IsNegative && section == 0) { sb.Append('-'); wroteSign = true; }
            int contentStart = sb.Length;

            // integer digit positions
            int intPlaceholders = cs.DecimalPos;
            int minInt = cs.FirstZero < cs.DecimalPos ? cs.DecimalPos - cs.FirstZero : 0;
            int minFrac = cs.LastZero > cs.DecimalPos ? cs.LastZero - cs.DecimalPos : 0;
            int exponent = 0;
            int shift; // digit index of the first integer digit relative to the buffer: digit at "position p left of point" is index (pointIndex - p)
            int pointIndex; // index in digit buffer where the decimal point falls
            if (cs.Scientific)
            {
                pointIndex = intPlaceholders;
                exponent = number.DigitsCount == 0 ? 0 : number.Scale - intPlaceholders;
            }
            else pointIndex = number.Scale;
            shift = pointIndex;
            int intDigits = number.DigitsCount == 0 ? 0 : Math.Max(pointIndex, 0); // significant integer digits
            if (cs.Scientific && number.DigitsCount == 0 && minInt == 0 && intPlaceholders > 0) minInt = 1;
            int totalInt = Math.Max(intDigits, minInt);
            bool intEmitted = false;

            int placeholderIdx = 0; // placeholders seen so far
            bool decimalWritten = false;
            for (int i = 0; i < f.Length; i++)
            {
                char c = f[i];
                switch (c)
                {
                    case '#':
                    case '0':
                    {
                        if (placeholderIdx < intPlaceholders)
                        {
                            int p = intPlaceholders - placeholderIdx; // p-th digit left of the point
                            if (placeholderIdx == 0 && totalInt > p)
                            {
                                for (int q = totalInt; q > p; q--) EmitIntDigit(ref sb, ref number, shift, q, cs.Grouping);
                            }
                            if (p <= totalInt) EmitIntDigit(ref sb, ref number, shift, p, cs.Grouping);
                        }
                        else
                        {
                            int k = placeholderIdx - intPlaceholders + 1; // k-th digit right of the point
                            int idx = pointIndex + k - 1;
                            bool significant = idx >= 0 && idx < number.DigitsCount;
                            bool moreSignificant = pointIndex + k - 1 < number.DigitsCount;
                            if (moreSignificant || k <= minFrac)
                            {
                                if (!decimalWritten) { sb.Append('.'); decimalWritten = true; }
                                sb.Append(significant ? (char)number.Digits[idx] : '0');
                            }
                        }
                        placeholderIdx++;
                        break;
                    }
                    case '.':
                        // the point itself is written lazily before the first fraction digit; with no integer
                        // placeholders, the integer digits go here
                        if (intPlaceholders == 0 && !intEmitted)
                        {
                            intEmitted = true;
                            for (int q = totalInt; q >= 1; q--) EmitIntDigit(ref sb, ref number, shift, q, cs.Grouping);
                        }
                        break;
                    case ',':
                        break;
                    case '%': sb.Append('%'); break;
                    case '\u2030': sb.Append('\u2030'); break;
                    case '\'': case '"':
                        i++;
                        while (i < f.Length && f[i] != c) sb.Append(f[i++]);
                        break;
                    case '\\':
                        if (i + 1 < f.Length) sb.Append(f[++i]);
                        break;
                    case 'E': case 'e':
                        if (cs.Scientific && i + 1 < f.Length && (f[i + 1] == '0' || ((f[i + 1] == '+' || f[i + 1] == '-') && i + 2 < f.Length && f[i + 2] == '0')))
                        {
                            sb.Append(c);
                            i++;
                            bool plus = false;
                            if (f[i] == '+') { plus = true; i++; }
                            else if (f[i] == '-') i++;
                            int zeros = 1;
                            while (i + 1 < f.Length && f[i + 1] == '0') { zeros++; i++; }
                            int ev = exponent;
                            if (ev < 0) { sb.Append('-'); ev = -ev; }
                            else if (plus) sb.Append('+');
                            sb.AppendUInt((ulong)ev, zeros);
                        }
                        else sb.Append(c);
                        break;
                    default:
                        sb.Append(c);
                        break;
                }
            }
            if (wroteSign && number.DigitsCount == 0 && sb.Length == contentStart) sb.Length = signPos;
        }

        private static void EmitIntDigit(ref ValueStringBuilder sb, scoped ref NumberBuffer number, int pointIndex, int p, bool grouping)
        {
            int idx = pointIndex - p;
            sb.Append(idx >= 0 && idx < number.DigitsCount ? (char)number.Digits[idx] : '0');
            if (grouping && p > 1 && (p - 1) % 3 == 0) sb.Append(',');
        }
    }
}
