using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    public sealed partial class String
    {
        // ---------------------------------------------------------------- Concat
        public static string Concat(object arg0) => arg0?.ToString() ?? Empty;
        public static string Concat(object arg0, object arg1) => Concat(arg0?.ToString(), arg1?.ToString());
        public static string Concat(object arg0, object arg1, object arg2) => Concat(arg0?.ToString(), arg1?.ToString(), arg2?.ToString());

        public static string Concat(params object[] args)
        {
            if (args == null) ThrowHelper.ThrowArgumentNullException("args");
            return Concat(new ReadOnlySpan<object>(args));
        }

        public static string Concat(params ReadOnlySpan<object> args)
        {
            if (args.Length <= 1) return args.IsEmpty ? Empty : args[0]?.ToString() ?? Empty;
            var strings = new string[args.Length];
            for (int i = 0; i < args.Length; i++) strings[i] = args[i]?.ToString() ?? Empty;
            return Concat(new ReadOnlySpan<string>(strings));
        }

        public static string Concat<T>(IEnumerable<T> values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException("values");
            var sb = new ValueStringBuilder(64);
            foreach (T v in values) sb.Append(v?.ToString());
            return sb.ToString();
        }

        public static string Concat(IEnumerable<string> values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException("values");
            var sb = new ValueStringBuilder(64);
            foreach (string v in values) sb.Append(v);
            return sb.ToString();
        }

        public static string Concat(string str0, string str1)
        {
            if (IsNullOrEmpty(str0)) return IsNullOrEmpty(str1) ? Empty : str1;
            if (IsNullOrEmpty(str1)) return str0;
            int l0 = str0.Length;
            string r = FastAllocateString(l0 + str1.Length);
            Buffer.Memmove(ref r._firstChar, ref str0._firstChar, (nuint)l0);
            Buffer.Memmove(ref Unsafe.Add(ref r._firstChar, l0), ref str1._firstChar, (nuint)str1.Length);
            return r;
        }

        public static string Concat(string str0, string str1, string str2)
        {
            if (IsNullOrEmpty(str0)) return Concat(str1, str2);
            if (IsNullOrEmpty(str1)) return Concat(str0, str2);
            if (IsNullOrEmpty(str2)) return Concat(str0, str1);
            int l0 = str0.Length, l1 = str1.Length;
            string r = FastAllocateString(l0 + l1 + str2.Length);
            Buffer.Memmove(ref r._firstChar, ref str0._firstChar, (nuint)l0);
            Buffer.Memmove(ref Unsafe.Add(ref r._firstChar, l0), ref str1._firstChar, (nuint)l1);
            Buffer.Memmove(ref Unsafe.Add(ref r._firstChar, l0 + l1), ref str2._firstChar, (nuint)str2.Length);
            return r;
        }

        public static string Concat(string str0, string str1, string str2, string str3)
        {
            if (IsNullOrEmpty(str0)) return Concat(str1, str2, str3);
            if (IsNullOrEmpty(str1)) return Concat(str0, str2, str3);
            if (IsNullOrEmpty(str2)) return Concat(str0, str1, str3);
            if (IsNullOrEmpty(str3)) return Concat(str0, str1, str2);
            int l0 = str0.Length, l1 = str1.Length, l2 = str2.Length;
            string r = FastAllocateString(l0 + l1 + l2 + str3.Length);
            Buffer.Memmove(ref r._firstChar, ref str0._firstChar, (nuint)l0);
            Buffer.Memmove(ref Unsafe.Add(ref r._firstChar, l0), ref str1._firstChar, (nuint)l1);
            Buffer.Memmove(ref Unsafe.Add(ref r._firstChar, l0 + l1), ref str2._firstChar, (nuint)l2);
            Buffer.Memmove(ref Unsafe.Add(ref r._firstChar, l0 + l1 + l2), ref str3._firstChar, (nuint)str3.Length);
            return r;
        }

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1)
        {
            int len = checked(str0.Length + str1.Length);
            if (len == 0) return Empty;
            string r = FastAllocateString(len);
            var d = r.AsWritableSpan();
            str0.CopyTo(d); str1.CopyTo(d.Slice(str0.Length));
            return r;
        }

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2)
        {
            int len = checked(str0.Length + str1.Length + str2.Length);
            if (len == 0) return Empty;
            string r = FastAllocateString(len);
            var d = r.AsWritableSpan();
            str0.CopyTo(d); str1.CopyTo(d.Slice(str0.Length)); str2.CopyTo(d.Slice(str0.Length + str1.Length));
            return r;
        }

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2, ReadOnlySpan<char> str3)
        {
            int len = checked(str0.Length + str1.Length + str2.Length + str3.Length);
            if (len == 0) return Empty;
            string r = FastAllocateString(len);
            var d = r.AsWritableSpan();
            str0.CopyTo(d); str1.CopyTo(d.Slice(str0.Length)); str2.CopyTo(d.Slice(str0.Length + str1.Length));
            str3.CopyTo(d.Slice(str0.Length + str1.Length + str2.Length));
            return r;
        }

        public static string Concat(params string[] values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException("values");
            return Concat(new ReadOnlySpan<string>(values));
        }

        public static string Concat(params ReadOnlySpan<string> values)
        {
            long total = 0;
            for (int i = 0; i < values.Length; i++) if (values[i] != null) total += values[i].Length;
            if (total > int.MaxValue) throw new OutOfMemoryException();
            if (total == 0) return Empty;
            string r = FastAllocateString((int)total);
            int pos = 0;
            for (int i = 0; i < values.Length; i++)
            {
                string v = values[i];
                if (v == null || v.Length == 0) continue;
                Buffer.Memmove(ref Unsafe.Add(ref r._firstChar, pos), ref v._firstChar, (nuint)v.Length);
                pos += v.Length;
            }
            return r;
        }

        public static string Create(IFormatProvider provider, [System.Runtime.CompilerServices.InterpolatedStringHandlerArgument(nameof(provider))] ref System.Runtime.CompilerServices.DefaultInterpolatedStringHandler handler) => handler.ToStringAndClear();
        public static string Create(IFormatProvider provider, Span<char> initialBuffer, [System.Runtime.CompilerServices.InterpolatedStringHandlerArgument(nameof(provider), nameof(initialBuffer))] ref System.Runtime.CompilerServices.DefaultInterpolatedStringHandler handler) => handler.ToStringAndClear();

        // ---------------------------------------------------------------- Join
        public static string Join(char separator, params string[] value)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            return JoinCore(new ReadOnlySpan<char>(ref separator, 1), new ReadOnlySpan<string>(value));
        }
        public static string Join(string separator, params string[] value)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            return JoinCore(separator.AsSpan(), new ReadOnlySpan<string>(value));
        }
        public static string Join(char separator, params ReadOnlySpan<string> value) => JoinCore(new ReadOnlySpan<char>(ref separator, 1), value);
        public static string Join(string separator, params ReadOnlySpan<string> value) => JoinCore(separator.AsSpan(), value);
        public static string Join(char separator, string[] value, int startIndex, int count) => JoinCore(new ReadOnlySpan<char>(ref separator, 1), SliceArgs(value, startIndex, count));
        public static string Join(string separator, string[] value, int startIndex, int count) => JoinCore(separator.AsSpan(), SliceArgs(value, startIndex, count));

        private static ReadOnlySpan<string> SliceArgs(string[] value, int startIndex, int count)
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException("value");
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_StartIndex);
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_NegativeCount);
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexCountBuffer);
            return new ReadOnlySpan<string>(value, startIndex, count);
        }

        public static string Join(char separator, params object[] values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException("values");
            return JoinObjects(new ReadOnlySpan<char>(ref separator, 1), new ReadOnlySpan<object>(values));
        }
        public static string Join(string separator, params object[] values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException("values");
            return JoinObjects(separator.AsSpan(), new ReadOnlySpan<object>(values));
        }
        public static string Join(char separator, params ReadOnlySpan<object> values) => JoinObjects(new ReadOnlySpan<char>(ref separator, 1), values);
        public static string Join(string separator, params ReadOnlySpan<object> values) => JoinObjects(separator.AsSpan(), values);

        public static string Join(string separator, IEnumerable<string> values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException("values");
            var sb = new ValueStringBuilder(64);
            bool first = true;
            foreach (string v in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                sb.Append(v);
            }
            return sb.ToString();
        }

        public static string Join<T>(char separator, IEnumerable<T> values) => JoinEnumerable(new string(separator, 1), values);
        public static string Join<T>(string separator, IEnumerable<T> values) => JoinEnumerable(separator, values);

        private static string JoinEnumerable<T>(string separator, IEnumerable<T> values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException("values");
            var sb = new ValueStringBuilder(64);
            bool first = true;
            foreach (T v in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                if (v != null) sb.Append(v.ToString());
            }
            return sb.ToString();
        }

        private static string JoinObjects(ReadOnlySpan<char> separator, ReadOnlySpan<object> values)
        {
            if (values.Length == 0) return Empty;
            var sb = new ValueStringBuilder(64);
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) sb.Append(separator);
                sb.Append(values[i]?.ToString());
            }
            return sb.ToString();
        }

        private static string JoinCore(ReadOnlySpan<char> separator, ReadOnlySpan<string> values)
        {
            if (values.Length <= 1) return values.IsEmpty ? Empty : values[0] ?? Empty;
            long total = (long)separator.Length * (values.Length - 1);
            for (int i = 0; i < values.Length; i++) if (values[i] != null) total += values[i].Length;
            if (total > int.MaxValue) throw new OutOfMemoryException();
            if (total == 0) return Empty;
            string r = FastAllocateString((int)total);
            var d = r.AsWritableSpan();
            int pos = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) { separator.CopyTo(d.Slice(pos)); pos += separator.Length; }
                string v = values[i];
                if (v != null) { v.AsSpanFast().CopyTo(d.Slice(pos)); pos += v.Length; }
            }
            return r;
        }

        // ---------------------------------------------------------------- Format
        public static string Format(string format, object arg0) => FormatHelper(null, format, new ReadOnlySpan<object>(ref arg0, 1));
        public static string Format(string format, object arg0, object arg1) => FormatHelper(null, format, new object[] { arg0, arg1 });
        public static string Format(string format, object arg0, object arg1, object arg2) => FormatHelper(null, format, new object[] { arg0, arg1, arg2 });
        public static string Format(string format, params object[] args)
        {
            if (args == null) ThrowHelper.ThrowArgumentNullException(format == null ? "format" : "args");
            return FormatHelper(null, format, args);
        }
        public static string Format(string format, params ReadOnlySpan<object> args) => FormatHelper(null, format, args);
        public static string Format(IFormatProvider provider, string format, object arg0) => FormatHelper(provider, format, new ReadOnlySpan<object>(ref arg0, 1));
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1) => FormatHelper(provider, format, new object[] { arg0, arg1 });
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1, object arg2) => FormatHelper(provider, format, new object[] { arg0, arg1, arg2 });
        public static string Format(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null) ThrowHelper.ThrowArgumentNullException(format == null ? "format" : "args");
            return FormatHelper(provider, format, args);
        }
        public static string Format(IFormatProvider provider, string format, params ReadOnlySpan<object> args) => FormatHelper(provider, format, args);

        private static string FormatHelper(IFormatProvider provider, string format, ReadOnlySpan<object> args)
        {
            if (format == null) ThrowHelper.ThrowArgumentNullException("format");
            var sb = new ValueStringBuilder(format.Length + args.Length * 8);
            FormatHelpers.AppendFormat(ref sb, provider, format, args);
            return sb.ToString();
        }

        // ---------------------------------------------------------------- Split
        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) => StringSplitHelper.SplitChars(this, new ReadOnlySpan<char>(ref separator, 1), int.MaxValue, options);
        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) => StringSplitHelper.SplitChars(this, new ReadOnlySpan<char>(ref separator, 1), count, options);
        public string[] Split(params char[] separator) => StringSplitHelper.SplitChars(this, separator, int.MaxValue, StringSplitOptions.None);
        public string[] Split(params ReadOnlySpan<char> separator) => StringSplitHelper.SplitChars(this, separator, int.MaxValue, StringSplitOptions.None);
        public string[] Split(char[] separator, int count) => StringSplitHelper.SplitChars(this, separator, count, StringSplitOptions.None);
        public string[] Split(char[] separator, StringSplitOptions options) => StringSplitHelper.SplitChars(this, separator, int.MaxValue, options);
        public string[] Split(char[] separator, int count, StringSplitOptions options) => StringSplitHelper.SplitChars(this, separator, count, options);
        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) => StringSplitHelper.SplitString(this, separator, int.MaxValue, options);
        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None) => StringSplitHelper.SplitString(this, separator, count, options);
        public string[] Split(string[] separator, StringSplitOptions options) => StringSplitHelper.SplitStrings(this, separator, int.MaxValue, options);
        public string[] Split(string[] separator, int count, StringSplitOptions options) => StringSplitHelper.SplitStrings(this, separator, count, options);

    }
}
