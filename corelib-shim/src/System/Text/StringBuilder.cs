using System.Runtime.CompilerServices;

namespace System.Text
{
    /// <summary>StringBuilder over one growable char array (CoreCLR uses chunks; only Capacity differs observably).</summary>
    [Serializable]
    public sealed class StringBuilder
    {
        private char[] _chars;
        private int _length;
        private readonly int _maxCapacity;
        private const int DefaultCapacity = 16;

        public StringBuilder() : this(DefaultCapacity) { }
        public StringBuilder(int capacity) : this(capacity, int.MaxValue) { }
        public StringBuilder(int capacity, int maxCapacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), SR.Format("'{0}' must be greater than zero.", nameof(capacity)));
            if (maxCapacity < 1) throw new ArgumentOutOfRangeException(nameof(maxCapacity), "maxCapacity must be greater than zero.");
            if (capacity > maxCapacity) throw new ArgumentOutOfRangeException(nameof(capacity), "Capacity exceeds maximum capacity.");
            _chars = new char[capacity == 0 ? DefaultCapacity : capacity];
            _maxCapacity = maxCapacity;
        }
        public StringBuilder(string value) : this(value, DefaultCapacity) { }
        public StringBuilder(string value, int capacity) : this(Math.Max(capacity, value?.Length ?? 0)) { Append(value); }
        public StringBuilder(string value, int startIndex, int length, int capacity) : this(Math.Max(capacity, length)) { Append(value, startIndex, length); }

        public int Capacity
        {
            get => _chars.Length;
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), SR.ArgumentOutOfRange_NegativeCapacity);
                if (value < _length) throw new ArgumentOutOfRangeException(nameof(value), "capacity was less than the current size.");
                if (value != _chars.Length) { var n = new char[value]; Array.Copy(_chars, n, _length); _chars = n; }
            }
        }
        public int MaxCapacity => _maxCapacity;

        public int Length
        {
            get => _length;
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), SR.ArgumentOutOfRange_NegativeLength);
                if (value > _maxCapacity) throw new ArgumentOutOfRangeException(nameof(value), SR.ArgumentOutOfRange_LengthGreaterThanCapacity);
                if (value > _length) { EnsureCapacity(value); Array.Clear(_chars, _length, value - _length); }
                _length = value;
            }
        }

        [IndexerName("Chars")]
        public char this[int index]
        {
            get { if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException(SR.Arg_IndexOutOfRangeException); return _chars[index]; }
            set { if ((uint)index >= (uint)_length) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_IndexMustBeLess); _chars[index] = value; }
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), SR.ArgumentOutOfRange_NegativeCapacity);
            if (capacity > _chars.Length)
            {
                int n = Math.Max(capacity, Math.Min(_chars.Length * 2, Math.Max(_maxCapacity, capacity)));
                var c = new char[n];
                Array.Copy(_chars, c, _length);
                _chars = c;
            }
            return _chars.Length;
        }

        private void Grow(int additional)
        {
            if (_maxCapacity - _length < additional) throw new ArgumentOutOfRangeException("requiredLength", SR.ArgumentOutOfRange_Capacity);
            EnsureCapacity(_length + additional);
        }

        public override string ToString() => _length == 0 ? string.Empty : new string(_chars, 0, _length);
        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_StartIndex);
            if (startIndex > _length) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_StartIndexLargerThanLength);
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_NegativeLength);
            if (startIndex > _length - length) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_IndexLength);
            return new string(_chars, startIndex, length);
        }

        public StringBuilder Clear() { _length = 0; return this; }

        public StringBuilder Append(char value)
        {
            if (_length == _chars.Length) Grow(1);
            _chars[_length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0) throw new ArgumentOutOfRangeException(nameof(repeatCount), SR.ArgumentOutOfRange_NegativeCount);
            if (repeatCount == 0) return this;
            if (_chars.Length - _length < repeatCount) Grow(repeatCount);
            for (int i = 0; i < repeatCount; i++) _chars[_length++] = value;
            return this;
        }

        public StringBuilder Append(string value)
        {
            if (value != null) Append(value.AsSpan());
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_NegativeCount);
            if (value == null) { if (startIndex == 0 && count == 0) return this; ThrowHelper.ThrowArgumentNullException(nameof(value)); }
            if (count == 0) return this;
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexLength);
            return Append(value.AsSpan(startIndex, count));
        }

        public StringBuilder Append(ReadOnlySpan<char> value)
        {
            if (value.Length > 0)
            {
                if (_chars.Length - _length < value.Length) Grow(value.Length);
                value.CopyTo(new Span<char>(_chars, _length, value.Length));
                _length += value.Length;
            }
            return this;
        }


        public StringBuilder Append(char[] value)
        {
            if (value != null) Append(new ReadOnlySpan<char>(value));
            return this;
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_GenericPositive);
            if (charCount < 0) throw new ArgumentOutOfRangeException(nameof(charCount), SR.ArgumentOutOfRange_GenericPositive);
            if (value == null) { if (startIndex == 0 && charCount == 0) return this; ThrowHelper.ThrowArgumentNullException(nameof(value)); }
            if (charCount > value.Length - startIndex) throw new ArgumentOutOfRangeException(nameof(charCount), SR.ArgumentOutOfRange_Index);
            return Append(new ReadOnlySpan<char>(value, startIndex, charCount));
        }

        public unsafe StringBuilder Append(char* value, int valueCount)
        {
            if (valueCount < 0) throw new ArgumentOutOfRangeException(nameof(valueCount), SR.ArgumentOutOfRange_NegativeCount);
            return Append(new ReadOnlySpan<char>(value, valueCount));
        }

        public StringBuilder Append(StringBuilder value)
        {
            if (value != null && value._length != 0) Append(new ReadOnlySpan<char>(value._chars, 0, value._length));
            return this;
        }
        public StringBuilder Append(StringBuilder value, int startIndex, int count)
        {
            if (value == null) { if (startIndex == 0 && count == 0) return this; ThrowHelper.ThrowArgumentNullException(nameof(value)); }
            return Append(value.ToString(startIndex, count));
        }

        public StringBuilder Append(bool value) => Append(value ? "True" : "False");
        public StringBuilder Append(sbyte value) => Append(value.ToString());
        public StringBuilder Append(byte value) => Append(value.ToString());
        public StringBuilder Append(short value) => Append(value.ToString());
        public StringBuilder Append(ushort value) => Append(value.ToString());
        public StringBuilder Append(int value) => Append(value.ToString());
        public StringBuilder Append(uint value) => Append(value.ToString());
        public StringBuilder Append(long value) => Append(value.ToString());
        public StringBuilder Append(ulong value) => Append(value.ToString());
        public StringBuilder Append(float value) => Append(value.ToString());
        public StringBuilder Append(double value) => Append(value.ToString());
        public StringBuilder Append(decimal value) => Append(value.ToString());
        public StringBuilder Append(object value) => value == null ? this : Append(value.ToString());

        public StringBuilder Append(ref AppendInterpolatedStringHandler handler) => this;
        public StringBuilder Append(IFormatProvider provider, ref AppendInterpolatedStringHandler handler) => this;

        public StringBuilder AppendLine() => Append('\n');
        public StringBuilder AppendLine(string value) { Append(value); return Append('\n'); }
        public StringBuilder AppendLine(ref AppendInterpolatedStringHandler handler) => Append('\n');
        public StringBuilder AppendLine(IFormatProvider provider, ref AppendInterpolatedStringHandler handler) => Append('\n');

        public StringBuilder AppendJoin(string separator, params object[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(string separator, params string[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params object[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params string[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin<T>(char separator, System.Collections.Generic.IEnumerable<T> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(string separator, params ReadOnlySpan<object> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(string separator, params ReadOnlySpan<string> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params ReadOnlySpan<object> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params ReadOnlySpan<string> values) => Append(string.Join(separator, values));

        public StringBuilder AppendFormat(string format, object arg0) => AppendFormatHelper(null, format, new object[] { arg0 });
        public StringBuilder AppendFormat(string format, object arg0, object arg1) => AppendFormatHelper(null, format, new object[] { arg0, arg1 });
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) => AppendFormatHelper(null, format, new object[] { arg0, arg1, arg2 });
        public StringBuilder AppendFormat(string format, params object[] args)
        {
            if (args == null) ThrowHelper.ThrowArgumentNullException(format == null ? nameof(format) : nameof(args));
            return AppendFormatHelper(null, format, args);
        }
        public StringBuilder AppendFormat(string format, params ReadOnlySpan<object> args) => AppendFormatHelper(null, format, args);
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0) => AppendFormatHelper(provider, format, new object[] { arg0 });
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1) => AppendFormatHelper(provider, format, new object[] { arg0, arg1 });
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1, object arg2) => AppendFormatHelper(provider, format, new object[] { arg0, arg1, arg2 });
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null) ThrowHelper.ThrowArgumentNullException(format == null ? nameof(format) : nameof(args));
            return AppendFormatHelper(provider, format, args);
        }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params ReadOnlySpan<object> args) => AppendFormatHelper(provider, format, args);

        private StringBuilder AppendFormatHelper(IFormatProvider provider, string format, ReadOnlySpan<object> args)
        {
            if (format == null) ThrowHelper.ThrowArgumentNullException(nameof(format));
            var sb = new ValueStringBuilder(format.Length + 16);
            FormatHelpers.AppendFormat(ref sb, provider, format, args);
            return Append(sb.AsSpan());
        }

        public StringBuilder Insert(int index, string value)
        {
            if ((uint)index > (uint)_length) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (string.IsNullOrEmpty(value)) return this;
            return InsertSpan(index, value.AsSpan());
        }

        private StringBuilder InsertSpan(int index, ReadOnlySpan<char> value)
        {
            if ((uint)index > (uint)_length) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (_chars.Length - _length < value.Length) Grow(value.Length);
            Array.Copy(_chars, index, _chars, index + value.Length, _length - index);
            value.CopyTo(new Span<char>(_chars, index, value.Length));
            _length += value.Length;
            return this;
        }

        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_NeedNonNegNum);
            for (int i = 0; i < count; i++) Insert(index, value);
            return this;
        }
        public StringBuilder Insert(int index, char value) => InsertSpan(index, System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref value, 1));
        public StringBuilder Insert(int index, char[] value) => value == null ? InsertSpan(index, default) : InsertSpan(index, value);
        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount) => value == null ? InsertSpan(index, default) : InsertSpan(index, new ReadOnlySpan<char>(value, startIndex, charCount));
        public StringBuilder Insert(int index, ReadOnlySpan<char> value) => InsertSpan(index, value);
        public StringBuilder Insert(int index, bool value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, sbyte value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, byte value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, short value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, ushort value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, int value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, uint value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, long value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, ulong value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, float value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, double value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, decimal value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, object value) => value == null ? this : Insert(index, value.ToString());

        public StringBuilder Remove(int startIndex, int length)
        {
            ThrowHelper.ThrowIfNegative(length, nameof(length));
            ThrowHelper.ThrowIfNegative(startIndex, nameof(startIndex));
            if (length > _length - startIndex) throw new ArgumentOutOfRangeException(nameof(length), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            Array.Copy(_chars, startIndex + length, _chars, startIndex, _length - startIndex - length);
            _length -= length;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar) => Replace(oldChar, newChar, 0, _length);
        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_length) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_Index);
            if (count < 0 || startIndex > _length - count) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Index);
            for (int i = startIndex; i < startIndex + count; i++) if (_chars[i] == oldChar) _chars[i] = newChar;
            return this;
        }
        public StringBuilder Replace(string oldValue, string newValue) => Replace(oldValue, newValue, 0, _length);
        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if (oldValue == null) ThrowHelper.ThrowArgumentNullException(nameof(oldValue));
            if (oldValue.Length == 0) throw new ArgumentException(SR.Argument_EmptyName, nameof(oldValue));
            if ((uint)startIndex > (uint)_length) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_Index);
            if (count < 0 || startIndex > _length - count) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Index);
            newValue ??= string.Empty;
            string head = new string(_chars, 0, startIndex);
            string mid = new string(_chars, startIndex, count).Replace(oldValue, newValue, StringComparison.Ordinal);
            string tail = new string(_chars, startIndex + count, _length - startIndex - count);
            _length = 0;
            Append(head); Append(mid); Append(tail);
            return this;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) ThrowHelper.ThrowArgumentNullException(nameof(destination));
            CopyTo(sourceIndex, new Span<char>(destination, destinationIndex, count), count);
        }
        public void CopyTo(int sourceIndex, Span<char> destination, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.Arg_NegativeArgCount);
            if ((uint)sourceIndex > (uint)_length || sourceIndex > _length - count) throw new ArgumentOutOfRangeException(nameof(sourceIndex), SR.ArgumentOutOfRange_Index);
            new ReadOnlySpan<char>(_chars, sourceIndex, count).CopyTo(destination);
        }

        public bool Equals(StringBuilder sb) => sb != null && sb._length == _length && new ReadOnlySpan<char>(_chars, 0, _length).SequenceEqual(new ReadOnlySpan<char>(sb._chars, 0, sb._length));
        public bool Equals(ReadOnlySpan<char> span) => span.SequenceEqual(new ReadOnlySpan<char>(_chars, 0, _length));

        [InterpolatedStringHandler]
        public struct AppendInterpolatedStringHandler
        {
            private readonly StringBuilder _stringBuilder;
            private readonly IFormatProvider _provider;
            // Kept for CoreLib's layout (ReadyToRun code checks it); formatting asks _provider.
            private readonly bool _hasCustomFormatter;
            public AppendInterpolatedStringHandler(int literalLength, int formattedCount, StringBuilder stringBuilder) { _stringBuilder = stringBuilder; _provider = null; _hasCustomFormatter = false; }
            public AppendInterpolatedStringHandler(int literalLength, int formattedCount, StringBuilder stringBuilder, IFormatProvider provider) { _stringBuilder = stringBuilder; _provider = provider; _hasCustomFormatter = provider is not null; }
            public void AppendLiteral(string value) => _stringBuilder.Append(value);
            public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);
            public void AppendFormatted<T>(T value, string format) => AppendFormatted(value, 0, format);
            public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);
            public void AppendFormatted<T>(T value, int alignment, string format)
            {
                string s = value is IFormattable f ? f.ToString(format, _provider) : value?.ToString();
                Pad(s, alignment);
            }
            public void AppendFormatted(ReadOnlySpan<char> value) => _stringBuilder.Append(value);
            public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string format = null) => Pad(value.ToString(), alignment);
            public void AppendFormatted(string value) => _stringBuilder.Append(value);
            public void AppendFormatted(string value, int alignment = 0, string format = null) => Pad(value, alignment);
            public void AppendFormatted(object value, int alignment = 0, string format = null) => AppendFormatted<object>(value, alignment, format);
            private void Pad(string s, int alignment)
            {
                s ??= string.Empty;
                int pad = Math.Abs(alignment) - s.Length;
                if (alignment > 0 && pad > 0) _stringBuilder.Append(' ', pad);
                _stringBuilder.Append(s);
                if (alignment < 0 && pad > 0) _stringBuilder.Append(' ', pad);
            }
        }
    }
}
