using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace System
{
    /// <summary>Guid: layout int _a; short _b, _c; byte _d.._k (16 bytes). NewGuid is a random version-4 GUID.</summary>
    [Serializable]
    public readonly struct Guid : IComparable, IComparable<Guid>, IEquatable<Guid>, IFormattable, ISpanFormattable
    {
        public static readonly Guid Empty;
        private readonly int _a;
        private readonly short _b, _c;
        private readonly byte _d, _e, _f, _g, _h, _i, _j, _k;

        public Guid(byte[] b) : this(new ReadOnlySpan<byte>(b ?? throw new ArgumentNullException(nameof(b)))) { }
        public Guid(ReadOnlySpan<byte> b) : this(b, false) { }
        public Guid(ReadOnlySpan<byte> b, bool bigEndian)
        {
            if (b.Length != 16) throw new ArgumentException("Byte array for Guid must be exactly 16 bytes long.", nameof(b));
            if (!bigEndian)
            {
                _a = b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
                _b = (short)(b[4] | (b[5] << 8));
                _c = (short)(b[6] | (b[7] << 8));
            }
            else
            {
                _a = (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
                _b = (short)((b[4] << 8) | b[5]);
                _c = (short)((b[6] << 8) | b[7]);
            }
            _d = b[8]; _e = b[9]; _f = b[10]; _g = b[11]; _h = b[12]; _i = b[13]; _j = b[14]; _k = b[15];
        }
        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        { _a = (int)a; _b = (short)b; _c = (short)c; _d = d; _e = e; _f = f; _g = g; _h = h; _i = i; _j = j; _k = k; }
        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        { _a = a; _b = b; _c = c; _d = d; _e = e; _f = f; _g = g; _h = h; _i = i; _j = j; _k = k; }
        public Guid(int a, short b, short c, byte[] d)
        {
            if (d == null) ThrowHelper.ThrowArgumentNullException(nameof(d));
            if (d.Length != 8) throw new ArgumentException("Byte array for Guid must be exactly 8 bytes long.", nameof(d));
            _a = a; _b = b; _c = c; _d = d[0]; _e = d[1]; _f = d[2]; _g = d[3]; _h = d[4]; _i = d[5]; _j = d[6]; _k = d[7];
        }
        public Guid(string g) { this = Parse(g); }

        public static Guid NewGuid()
        {
            var bytes = new byte[16];
            Random.Shared.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes);
        }

        public byte[] ToByteArray() => ToByteArray(false);
        public byte[] ToByteArray(bool bigEndian)
        {
            var r = new byte[16];
            if (!bigEndian) { r[0] = (byte)_a; r[1] = (byte)(_a >> 8); r[2] = (byte)(_a >> 16); r[3] = (byte)(_a >> 24); r[4] = (byte)_b; r[5] = (byte)(_b >> 8); r[6] = (byte)_c; r[7] = (byte)(_c >> 8); }
            else { r[0] = (byte)(_a >> 24); r[1] = (byte)(_a >> 16); r[2] = (byte)(_a >> 8); r[3] = (byte)_a; r[4] = (byte)(_b >> 8); r[5] = (byte)_b; r[6] = (byte)(_c >> 8); r[7] = (byte)_c; }
            r[8] = _d; r[9] = _e; r[10] = _f; r[11] = _g; r[12] = _h; r[13] = _i; r[14] = _j; r[15] = _k;
            return r;
        }

        public override string ToString() => ToString("D", null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format)) format = "D";
            if (format.Length != 1) throw new FormatException(SR.Format_InvalidGuidFormatSpecification);
            string core = ((uint)_a).ToString("x8") + "-" + ((ushort)_b).ToString("x4") + "-" + ((ushort)_c).ToString("x4") + "-" + _d.ToString("x2") + _e.ToString("x2") + "-"
                + _f.ToString("x2") + _g.ToString("x2") + _h.ToString("x2") + _i.ToString("x2") + _j.ToString("x2") + _k.ToString("x2");
            switch (format[0])
            {
                case 'D': case 'd': return core;
                case 'N': case 'n': return core.Replace("-", "");
                case 'B': case 'b': return "{" + core + "}";
                case 'P': case 'p': return "(" + core + ")";
                case 'X': case 'x':
                    return "{0x" + ((uint)_a).ToString("x8") + ",0x" + ((ushort)_b).ToString("x4") + ",0x" + ((ushort)_c).ToString("x4") + ",{0x" + _d.ToString("x2") + ",0x" + _e.ToString("x2") + ",0x" + _f.ToString("x2")
                        + ",0x" + _g.ToString("x2") + ",0x" + _h.ToString("x2") + ",0x" + _i.ToString("x2") + ",0x" + _j.ToString("x2") + ",0x" + _k.ToString("x2") + "}}";
            }
            throw new FormatException(SR.Format_InvalidGuidFormatSpecification);
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default)
        {
            string s = ToString(format.ToString(), null);
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            s.AsSpan().CopyTo(destination); charsWritten = s.Length; return true;
        }
        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider provider) => TryFormat(destination, out charsWritten, format);

        public static Guid Parse(string input)
        {
            if (input == null) ThrowHelper.ThrowArgumentNullException(nameof(input));
            if (!TryParse(input, out Guid g)) throw new FormatException(SR.Format_GuidUnrecognized);
            return g;
        }
        public static bool TryParse(string input, out Guid result)
        {
            result = default;
            if (input == null) return false;
            string s = input.Trim();
            if (s.Length == 38 && ((s[0] == '{' && s[37] == '}') || (s[0] == '(' && s[37] == ')'))) s = s.Substring(1, 36);
            if (s.Length == 36) { if (s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') return false; s = s.Replace("-", ""); }
            if (s.Length != 32) return false;
            var b = new byte[16];
            for (int i = 0; i < 16; i++)
            {
                int hi = Hex(s[2 * i]), lo = Hex(s[2 * i + 1]);
                if (hi < 0 || lo < 0) return false;
                b[i] = (byte)((hi << 4) | lo);
            }
            result = new Guid(b, true);
            return true;
        }
        private static int Hex(char c) => c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;

        public override bool Equals(object o) => o is Guid g && Equals(g);
        public bool Equals(Guid g) => _a == g._a && _b == g._b && _c == g._c && _d == g._d && _e == g._e && _f == g._f && _g == g._g && _h == g._h && _i == g._i && _j == g._j && _k == g._k;
        public override int GetHashCode() => _a ^ ((_b << 16) | (ushort)_c) ^ ((_f << 24) | _k);
        public int CompareTo(object value) => value == null ? 1 : value is Guid g ? CompareTo(g) : throw new ArgumentException("Object must be of type GUID.", nameof(value));
        public int CompareTo(Guid value)
        {
            if ((uint)_a != (uint)value._a) return (uint)_a < (uint)value._a ? -1 : 1;
            if ((ushort)_b != (ushort)value._b) return (ushort)_b < (ushort)value._b ? -1 : 1;
            if ((ushort)_c != (ushort)value._c) return (ushort)_c < (ushort)value._c ? -1 : 1;
            byte[] x = ToByteArray(true), y = value.ToByteArray(true);
            for (int i = 8; i < 16; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
            return 0;
        }
        public static bool operator ==(Guid a, Guid b) => a.Equals(b);
        public static bool operator !=(Guid a, Guid b) => !a.Equals(b);
        public static bool operator <(Guid left, Guid right) => left.CompareTo(right) < 0;
        public static bool operator <=(Guid left, Guid right) => left.CompareTo(right) <= 0;
        public static bool operator >(Guid left, Guid right) => left.CompareTo(right) > 0;
        public static bool operator >=(Guid left, Guid right) => left.CompareTo(right) >= 0;
    }

    public enum DateTimeKind { Unspecified = 0, Utc = 1, Local = 2 }
    public enum DayOfWeek { Sunday = 0, Monday = 1, Tuesday = 2, Wednesday = 3, Thursday = 4, Friday = 5, Saturday = 6 }

    /// <summary>DateTime: one ulong (ticks | kind &lt;&lt; 62). Gregorian calendar, invariant formats; the local time zone
    /// is UTC (no time-zone data in the shim).</summary>
    [Serializable]
    public readonly struct DateTime : IComparable, IComparable<DateTime>, IEquatable<DateTime>, IFormattable, ISpanFormattable
    {
        private const long TicksPerDay = TimeSpan.TicksPerDay;
        private const long MaxTicks = 3155378975999999999;
        private const ulong TicksMask = 0x3FFFFFFFFFFFFFFF;
        private static readonly int[] s_daysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        private static readonly int[] s_daysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };
        public static readonly DateTime MinValue = new DateTime(0, DateTimeKind.Unspecified);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks, DateTimeKind.Unspecified);
        public static readonly DateTime UnixEpoch = new DateTime(621355968000000000, DateTimeKind.Utc);

        private readonly ulong _dateData;

        public DateTime(long ticks) : this(ticks, DateTimeKind.Unspecified) { }
        public DateTime(long ticks, DateTimeKind kind)
        {
            if ((ulong)ticks > MaxTicks) throw new ArgumentOutOfRangeException(nameof(ticks), "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            _dateData = (ulong)ticks | ((ulong)kind << 62);
        }
        public DateTime(int year, int month, int day) : this(DateToTicks(year, month, day)) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second) : this(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second)) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind) : this(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second), kind) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
            : this(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second) + CheckMs(millisecond) * TimeSpan.TicksPerMillisecond, kind) { }

        private static long CheckMs(int ms) { if ((uint)ms >= 1000) throw new ArgumentOutOfRangeException("millisecond", SR.Format(SR.ArgumentOutOfRange_Range, 0, 999)); return ms; }

        private static long DateToTicks(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            if (day > days[month] - days[month - 1]) throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int y = year - 1;
            int n = y * 365 + y / 4 - y / 100 + y / 400 + days[month - 1] + day - 1;
            return n * TicksPerDay;
        }

        private static long TimeToTicks(int hour, int minute, int second)
        {
            if ((uint)hour >= 24 || (uint)minute >= 60 || (uint)second >= 60) throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            return (hour * 3600L + minute * 60L + second) * TimeSpan.TicksPerSecond;
        }

        public long Ticks => (long)(_dateData & TicksMask);
        public DateTimeKind Kind => (DateTimeKind)(_dateData >> 62);
        public static DateTime UtcNow => new DateTime(621355968000000000 + Internal.Runtime.SystemImports.GetSystemTimeNanoseconds() / 100, DateTimeKind.Utc);
        public static DateTime Now => new DateTime(UtcNow.Ticks, DateTimeKind.Local);
        public static DateTime Today => new DateTime(Now.Ticks / TicksPerDay * TicksPerDay, DateTimeKind.Local);
        public DateTime Date => new DateTime(Ticks / TicksPerDay * TicksPerDay, Kind);
        public TimeSpan TimeOfDay => new TimeSpan(Ticks % TicksPerDay);

        private void GetDate(out int year, out int month, out int day)
        {
            int n = (int)(Ticks / TicksPerDay);
            int y400 = n / 146097; n -= y400 * 146097;
            int y100 = n / 36524; if (y100 == 4) y100 = 3; n -= y100 * 36524;
            int y4 = n / 1461; n -= y4 * 1461;
            int y1 = n / 365; if (y1 == 4) y1 = 3;
            year = y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
            n -= y1 * 365;
            int[] days = (y1 == 3 && (y4 != 24 || y100 == 3)) ? s_daysToMonth366 : s_daysToMonth365;
            int m = (n >> 5) + 1;
            while (n >= days[m]) m++;
            month = m;
            day = n - days[m - 1] + 1;
        }

        public int Year { get { GetDate(out int y, out _, out _); return y; } }
        public int Month { get { GetDate(out _, out int m, out _); return m; } }
        public int Day { get { GetDate(out _, out _, out int d); return d; } }
        public int Hour => (int)(Ticks / TimeSpan.TicksPerHour % 24);
        public int Minute => (int)(Ticks / TimeSpan.TicksPerMinute % 60);
        public int Second => (int)(Ticks / TimeSpan.TicksPerSecond % 60);
        public int Millisecond => (int)(Ticks / TimeSpan.TicksPerMillisecond % 1000);
        public int Microsecond => (int)(Ticks / TimeSpan.TicksPerMicrosecond % 1000);
        public int Nanosecond => (int)(Ticks % TimeSpan.TicksPerMicrosecond) * 100;
        public DayOfWeek DayOfWeek => (DayOfWeek)((Ticks / TicksPerDay + 1) % 7);
        public int DayOfYear => (int)(Ticks / TicksPerDay - DateToTicks(Year, 1, 1) / TicksPerDay) + 1;

        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year), "Year must be between 1 and 9999.");
            return (year & 3) == 0 && ((year & 15) == 0 || year % 25 != 0);
        }
        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException(nameof(month), "Month must be between one and twelve.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            return days[month] - days[month - 1];
        }

        public DateTime AddTicks(long value)
        {
            long t = Ticks + value;
            if ((ulong)t > MaxTicks) throw new ArgumentOutOfRangeException(nameof(value), "The added or subtracted value results in an un-representable DateTime.");
            return new DateTime(t, Kind);
        }
        private DateTime AddUnits(double value, long scale)
        {
            if (Math.Abs(value) > MaxTicks / scale) throw new ArgumentOutOfRangeException(nameof(value), "Value to add was out of range.");
            double integralPart = Math.Truncate(value);
            double fractionalPart = value - integralPart;
            long ticks = (long)integralPart * scale;
            ticks += (long)(fractionalPart * scale);
            return AddTicks(ticks);
        }
        public DateTime Add(TimeSpan value) => AddTicks(value.Ticks);
        public DateTime AddDays(double value) => AddUnits(value, TicksPerDay);
        public DateTime AddHours(double value) => AddUnits(value, TimeSpan.TicksPerHour);
        public DateTime AddMinutes(double value) => AddUnits(value, TimeSpan.TicksPerMinute);
        public DateTime AddSeconds(double value) => AddUnits(value, TimeSpan.TicksPerSecond);
        public DateTime AddMilliseconds(double value) => AddUnits(value, TimeSpan.TicksPerMillisecond);
        public DateTime AddMonths(int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException(nameof(months), "Months value must be between +/-120000.");
            GetDate(out int y, out int m, out int d);
            int i = m - 1 + months;
            if (i >= 0) { m = i % 12 + 1; y += i / 12; }
            else { m = 12 + (i + 1) % 12; y += (i - 11) / 12; }
            if (y < 1 || y > 9999) throw new ArgumentOutOfRangeException(nameof(months), "The added or subtracted value results in an un-representable DateTime.");
            int days = DaysInMonth(y, m);
            if (d > days) d = days;
            return new DateTime(DateToTicks(y, m, d) + Ticks % TicksPerDay, Kind);
        }
        public DateTime AddYears(int value) => AddMonths(checked(value * 12));
        public TimeSpan Subtract(DateTime value) => new TimeSpan(Ticks - value.Ticks);
        public DateTime Subtract(TimeSpan value) => AddTicks(-value.Ticks);
        public DateTime ToUniversalTime() => new DateTime(Ticks, DateTimeKind.Utc);
        public DateTime ToLocalTime() => new DateTime(Ticks, DateTimeKind.Local);
        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) => new DateTime(value.Ticks, kind);

        public static DateTime operator +(DateTime d, TimeSpan t) => d.AddTicks(t.Ticks);
        public static DateTime operator -(DateTime d, TimeSpan t) => d.AddTicks(-t.Ticks);
        public static TimeSpan operator -(DateTime d1, DateTime d2) => new TimeSpan(d1.Ticks - d2.Ticks);
        public static bool operator ==(DateTime d1, DateTime d2) => d1.Ticks == d2.Ticks;
        public static bool operator !=(DateTime d1, DateTime d2) => d1.Ticks != d2.Ticks;
        public static bool operator <(DateTime t1, DateTime t2) => t1.Ticks < t2.Ticks;
        public static bool operator <=(DateTime t1, DateTime t2) => t1.Ticks <= t2.Ticks;
        public static bool operator >(DateTime t1, DateTime t2) => t1.Ticks > t2.Ticks;
        public static bool operator >=(DateTime t1, DateTime t2) => t1.Ticks >= t2.Ticks;
        public static int Compare(DateTime t1, DateTime t2) => t1.Ticks.CompareTo(t2.Ticks);
        public int CompareTo(object value) => value == null ? 1 : value is DateTime d ? Compare(this, d) : throw new ArgumentException("Object must be of type DateTime.");
        public int CompareTo(DateTime value) => Compare(this, value);
        public override bool Equals(object value) => value is DateTime d && d.Ticks == Ticks;
        public bool Equals(DateTime value) => value.Ticks == Ticks;
        public static bool Equals(DateTime t1, DateTime t2) => t1.Ticks == t2.Ticks;
        public override int GetHashCode() { long t = Ticks; return unchecked((int)t ^ (int)(t >> 32)); }

        private static readonly string[] s_dayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        private static readonly string[] s_monthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

        public override string ToString() => ToString("G", null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => ToString("G", provider);
        public string ToString(string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format)) format = "G";
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'd': format = "MM/dd/yyyy"; break;
                    case 'D': format = "dddd, dd MMMM yyyy"; break;
                    case 't': format = "HH:mm"; break;
                    case 'T': format = "HH:mm:ss"; break;
                    case 'f': format = "dddd, dd MMMM yyyy HH:mm"; break;
                    case 'F': format = "dddd, dd MMMM yyyy HH:mm:ss"; break;
                    case 'g': format = "MM/dd/yyyy HH:mm"; break;
                    case 'G': format = "MM/dd/yyyy HH:mm:ss"; break;
                    case 'm': case 'M': format = "MMMM dd"; break;
                    case 'y': case 'Y': format = "yyyy MMMM"; break;
                    case 's': format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss"; break;
                    case 'u': format = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"; break;
                    case 'o': case 'O': format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"; break;
                    case 'r': case 'R': format = "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"; break;
                    default: throw new FormatException(SR.Format_InvalidString);
                }
            }
            return FormatCustom(format);
        }

        private string FormatCustom(string format)
        {
            GetDate(out int year, out int month, out int day);
            var sb = new ValueStringBuilder(32);
            for (int i = 0; i < format.Length;)
            {
                char c = format[i];
                int n = 1;
                while (i + n < format.Length && format[i + n] == c && "dMyhHmsfFtKz".IndexOf(c) >= 0) n++;
                switch (c)
                {
                    case 'd':
                        if (n <= 2) sb.AppendUInt((ulong)day, n);
                        else sb.Append(n == 3 ? s_dayNames[(int)DayOfWeek].Substring(0, 3) : s_dayNames[(int)DayOfWeek]);
                        break;
                    case 'M':
                        if (n <= 2) sb.AppendUInt((ulong)month, n);
                        else sb.Append(n == 3 ? s_monthNames[month - 1].Substring(0, 3) : s_monthNames[month - 1]);
                        break;
                    case 'y':
                        if (n == 1 || n == 2) sb.AppendUInt((ulong)(year % 100), n);
                        else sb.AppendUInt((ulong)year, n);
                        break;
                    case 'h': { int h = Hour % 12; if (h == 0) h = 12; sb.AppendUInt((ulong)h, Math.Min(n, 2)); break; }
                    case 'H': sb.AppendUInt((ulong)Hour, Math.Min(n, 2)); break;
                    case 'm': sb.AppendUInt((ulong)Minute, Math.Min(n, 2)); break;
                    case 's': sb.AppendUInt((ulong)Second, Math.Min(n, 2)); break;
                    case 'f': case 'F':
                    {
                        if (n > 7) throw new FormatException(SR.Format_InvalidString);
                        long frac = Ticks % TimeSpan.TicksPerSecond;
                        for (int k = n; k < 7; k++) frac /= 10;
                        string digits = frac.ToString("D" + n);
                        if (c == 'F') { digits = digits.TrimEnd('0'); if (digits.Length == 0 && sb.Length > 0 && sb[sb.Length - 1] == '.') sb.Length--; }
                        sb.Append(digits);
                        break;
                    }
                    case 't': { string ampm = Hour < 12 ? "AM" : "PM"; sb.Append(n == 1 ? ampm.Substring(0, 1) : ampm); break; }
                    case 'K': if (Kind == DateTimeKind.Utc) sb.Append('Z'); else if (Kind == DateTimeKind.Local) sb.Append("+00:00"); break;
                    case 'z': sb.Append(n == 1 ? "+0" : n == 2 ? "+00" : "+00:00"); break;
                    case '\'': case '"':
                    {
                        int j = i + 1;
                        while (j < format.Length && format[j] != c) sb.Append(format[j++]);
                        n = j - i + 1;
                        break;
                    }
                    case '\\': if (i + 1 < format.Length) sb.Append(format[i + 1]); n = 2; break;
                    case '%': n = 1; break;
                    case '/': sb.Append('/'); break;
                    case ':': sb.Append(':'); break;
                    default: sb.Append(c); break;
                }
                i += n;
            }
            return sb.ToString();
        }

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string s = ToString(format.ToString(), provider);
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            s.AsSpan().CopyTo(destination); charsWritten = s.Length; return true;
        }

        public string ToShortDateString() => ToString("d");
        public string ToLongDateString() => ToString("D");
        public string ToShortTimeString() => ToString("t");
        public string ToLongTimeString() => ToString("T");
    }
}

namespace System.Buffers.Binary
{
    public static class BinaryPrimitives
    {
        public static sbyte ReverseEndianness(sbyte value) => value;
        public static byte ReverseEndianness(byte value) => value;
        public static short ReverseEndianness(short value) => (short)ReverseEndianness((ushort)value);
        public static ushort ReverseEndianness(ushort value) => (ushort)((value >> 8) + (value << 8));
        public static int ReverseEndianness(int value) => (int)ReverseEndianness((uint)value);
        public static uint ReverseEndianness(uint value) => System.Numerics.BitOperations.RotateRight(value & 0x00FF00FFu, 8) + System.Numerics.BitOperations.RotateLeft(value & 0xFF00FF00u, 8);
        public static long ReverseEndianness(long value) => (long)ReverseEndianness((ulong)value);
        public static ulong ReverseEndianness(ulong value) => ((ulong)ReverseEndianness((uint)value) << 32) + ReverseEndianness((uint)(value >> 32));
        public static nint ReverseEndianness(nint value) => (nint)ReverseEndianness((long)value);
        public static nuint ReverseEndianness(nuint value) => (nuint)ReverseEndianness((ulong)value);
        public static Int128 ReverseEndianness(Int128 value) => new Int128(ReverseEndianness(value.Lower), ReverseEndianness(value.Upper));
        public static UInt128 ReverseEndianness(UInt128 value) => new UInt128(ReverseEndianness(value.Lower), ReverseEndianness(value.Upper));
        public static short ReadInt16LittleEndian(ReadOnlySpan<byte> source) => System.Runtime.InteropServices.MemoryMarshal.Read<short>(source);
        public static int ReadInt32LittleEndian(ReadOnlySpan<byte> source) => System.Runtime.InteropServices.MemoryMarshal.Read<int>(source);
        public static long ReadInt64LittleEndian(ReadOnlySpan<byte> source) => System.Runtime.InteropServices.MemoryMarshal.Read<long>(source);
        public static ushort ReadUInt16LittleEndian(ReadOnlySpan<byte> source) => System.Runtime.InteropServices.MemoryMarshal.Read<ushort>(source);
        public static uint ReadUInt32LittleEndian(ReadOnlySpan<byte> source) => System.Runtime.InteropServices.MemoryMarshal.Read<uint>(source);
        public static ulong ReadUInt64LittleEndian(ReadOnlySpan<byte> source) => System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(source);
        public static short ReadInt16BigEndian(ReadOnlySpan<byte> source) => ReverseEndianness(ReadInt16LittleEndian(source));
        public static int ReadInt32BigEndian(ReadOnlySpan<byte> source) => ReverseEndianness(ReadInt32LittleEndian(source));
        public static long ReadInt64BigEndian(ReadOnlySpan<byte> source) => ReverseEndianness(ReadInt64LittleEndian(source));
        public static ushort ReadUInt16BigEndian(ReadOnlySpan<byte> source) => ReverseEndianness(ReadUInt16LittleEndian(source));
        public static uint ReadUInt32BigEndian(ReadOnlySpan<byte> source) => ReverseEndianness(ReadUInt32LittleEndian(source));
        public static ulong ReadUInt64BigEndian(ReadOnlySpan<byte> source) => ReverseEndianness(ReadUInt64LittleEndian(source));
        public static void WriteInt16LittleEndian(Span<byte> destination, short value) => System.Runtime.InteropServices.MemoryMarshal.Write(destination, in value);
        public static void WriteInt32LittleEndian(Span<byte> destination, int value) => System.Runtime.InteropServices.MemoryMarshal.Write(destination, in value);
        public static void WriteInt64LittleEndian(Span<byte> destination, long value) => System.Runtime.InteropServices.MemoryMarshal.Write(destination, in value);
        public static void WriteUInt16LittleEndian(Span<byte> destination, ushort value) => System.Runtime.InteropServices.MemoryMarshal.Write(destination, in value);
        public static void WriteUInt32LittleEndian(Span<byte> destination, uint value) => System.Runtime.InteropServices.MemoryMarshal.Write(destination, in value);
        public static void WriteUInt64LittleEndian(Span<byte> destination, ulong value) => System.Runtime.InteropServices.MemoryMarshal.Write(destination, in value);
        public static void WriteInt16BigEndian(Span<byte> destination, short value) => WriteInt16LittleEndian(destination, ReverseEndianness(value));
        public static void WriteInt32BigEndian(Span<byte> destination, int value) => WriteInt32LittleEndian(destination, ReverseEndianness(value));
        public static void WriteInt64BigEndian(Span<byte> destination, long value) => WriteInt64LittleEndian(destination, ReverseEndianness(value));
        public static void WriteUInt16BigEndian(Span<byte> destination, ushort value) => WriteUInt16LittleEndian(destination, ReverseEndianness(value));
        public static void WriteUInt32BigEndian(Span<byte> destination, uint value) => WriteUInt32LittleEndian(destination, ReverseEndianness(value));
        public static void WriteUInt64BigEndian(Span<byte> destination, ulong value) => WriteUInt64LittleEndian(destination, ReverseEndianness(value));
    }
}

namespace System.Collections
{
    [Serializable]
    public class ArrayList : IList, ICloneable
    {
        private readonly System.Collections.Generic.List<object> _list;
        public ArrayList() { _list = new System.Collections.Generic.List<object>(); }
        public ArrayList(int capacity) { _list = new System.Collections.Generic.List<object>(capacity); }
        public ArrayList(ICollection c) { if (c == null) ThrowHelper.ThrowArgumentNullException(nameof(c)); _list = new System.Collections.Generic.List<object>(c.Count); foreach (object o in c) _list.Add(o); }
        public virtual int Capacity { get => _list.Capacity; set => _list.Capacity = value; }
        public virtual int Count => _list.Count;
        public virtual bool IsFixedSize => false;
        public virtual bool IsReadOnly => false;
        public virtual bool IsSynchronized => false;
        public virtual object SyncRoot => this;
        public virtual object this[int index] { get => _list[index]; set => _list[index] = value; }
        public virtual int Add(object value) { _list.Add(value); return _list.Count - 1; }
        public virtual void AddRange(ICollection c) { if (c == null) ThrowHelper.ThrowArgumentNullException(nameof(c)); foreach (object o in c) _list.Add(o); }
        public virtual void Clear() => _list.Clear();
        public virtual object Clone() { var r = new ArrayList(_list.Count); r._list.AddRange(_list); return r; }
        public virtual bool Contains(object item) => _list.Contains(item);
        public virtual void CopyTo(Array array) => CopyTo(array, 0);
        public virtual void CopyTo(Array array, int arrayIndex) { for (int i = 0; i < _list.Count; i++) array.SetValue(_list[i], arrayIndex + i); }
        public virtual IEnumerator GetEnumerator() => _list.GetEnumerator();
        public virtual int IndexOf(object value) => _list.IndexOf(value);
        public virtual void Insert(int index, object value) => _list.Insert(index, value);
        public virtual int LastIndexOf(object value) => _list.LastIndexOf(value);
        public virtual void Remove(object obj) => _list.Remove(obj);
        public virtual void RemoveAt(int index) => _list.RemoveAt(index);
        public virtual void RemoveRange(int index, int count) => _list.RemoveRange(index, count);
        public virtual void Reverse() => _list.Reverse();
        public virtual void Sort() => _list.Sort((a, b) => Comparer.Default.Compare(a, b));
        public virtual void Sort(IComparer comparer) { comparer ??= Comparer.Default; _list.Sort((a, b) => comparer.Compare(a, b)); }
        public virtual object[] ToArray() => _list.ToArray();
        public virtual Array ToArray(Type type)
        {
            Array a = Array.CreateInstance(type, _list.Count);
            for (int i = 0; i < _list.Count; i++) a.SetValue(_list[i], i);
            return a;
        }
        public virtual void TrimToSize() => _list.TrimExcess();
    }
}
