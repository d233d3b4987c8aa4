namespace System
{
    /// <summary>Composite formatting ("{0,-5:X4}") shared by string.Format, StringBuilder.AppendFormat and TextWriter.</summary>
    internal static class FormatHelpers
    {
        internal static void AppendFormat(ref ValueStringBuilder sb, IFormatProvider provider, string format, ReadOnlySpan<object> args)
        {
            int pos = 0, len = format.Length;
            ICustomFormatter cf = provider?.GetFormat(typeof(ICustomFormatter)) as ICustomFormatter;
            while (true)
            {
                // literal text up to the next brace
                while (pos < len)
                {
                    char ch = format[pos];
                    if (ch == '}')
                    {
                        if (pos + 1 < len && format[pos + 1] == '}') { sb.Append('}'); pos += 2; continue; }
                        ThrowFormatInvalidString(pos + 1, pos + 1 == len ? SR.Format_UnclosedFormatItem : SR.Format_UnexpectedClosingBrace);
                    }
                    if (ch == '{')
                    {
                        if (pos + 1 < len && format[pos + 1] == '{') { sb.Append('{'); pos += 2; continue; }
                        break;
                    }
                    sb.Append(ch);
                    pos++;
                }
                if (pos == len) return;
                pos++; // skip '{'
                if (pos == len) ThrowFormatInvalidString(pos, SR.Format_UnclosedFormatItem);
                // index
                char c = format[pos];
                if ((uint)(c - '0') > 9) ThrowFormatInvalidString(pos, SR.Format_ExpectedAsciiDigit);
                int index = 0;
                do
                {
                    index = index * 10 + (c - '0');
                    if (++pos == len) ThrowFormatInvalidString(pos, SR.Format_UnclosedFormatItem);
                    c = format[pos];
                } while ((uint)(c - '0') <= 9 && index < 1000000);
                while (c == ' ') { if (++pos == len) ThrowFormatInvalidString(pos, SR.Format_UnclosedFormatItem); c = format[pos]; }
                // alignment
                int width = 0;
                bool leftJustify = false;
                if (c == ',')
                {
                    do { if (++pos == len) ThrowFormatInvalidString(pos, SR.Format_UnclosedFormatItem); c = format[pos]; } while (c == ' ');
                    if (c == '-')
                    {
                        leftJustify = true;
                        if (++pos == len) ThrowFormatInvalidString(pos, SR.Format_UnclosedFormatItem);
                        c = format[pos];
                    }
                    if ((uint)(c - '0') > 9) ThrowFormatInvalidString(pos, SR.Format_ExpectedAsciiDigit);
                    do
                    {
                        width = width * 10 + (c - '0');
                        if (++pos == len) ThrowFormatInvalidString(pos, SR.Format_UnclosedFormatItem);
                        c = format[pos];
                    } while ((uint)(c - '0') <= 9 && width < 1000000);
                    while (c == ' ') { if (++pos == len) ThrowFormatInvalidString(pos, SR.Format_UnclosedFormatItem); c = format[pos]; }
                }
                // format string
                string itemFormat = null;
                if (c == ':')
                {
                    int start = ++pos;
                    while (true)
                    {
                        if (pos == len) ThrowFormatInvalidString(pos, SR.Format_UnclosedFormatItem);
                        c = format[pos];
                        if (c == '}') break;
                        if (c == '{') ThrowFormatInvalidString(pos, SR.Format_UnclosedFormatItem);
                        pos++;
                    }
                    if (pos > start) itemFormat = format.Substring(start, pos - start);
                }
                else if (c != '}') ThrowFormatInvalidString(pos, SR.Format_UnclosedFormatItem);
                pos++; // skip '}'

                if ((uint)index >= (uint)args.Length) throw new FormatException(SR.Format_IndexOutOfRange);
                object arg = args[index];
                string s = null;
                if (cf != null) s = cf.Format(itemFormat, arg, provider);
                if (s == null)
                {
                    if (arg is IFormattable f) s = f.ToString(itemFormat, provider);
                    else if (arg != null) s = arg.ToString();
                }
                s ??= string.Empty;
                int pad = width - s.Length;
                if (!leftJustify && pad > 0) sb.Append(' ', pad);
                sb.Append(s);
                if (leftJustify && pad > 0) sb.Append(' ', pad);
            }
        }

        private static void ThrowFormatInvalidString(int offset, string reason)
            => throw new FormatException(SR.Format(SR.Format_InvalidStringWithOffsetAndReason, offset, reason));
    }
}
