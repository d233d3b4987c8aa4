namespace System
{
    [Serializable]
    public readonly struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long TicksPerMicrosecond = 10;
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = TicksPerMillisecond * 1000;
        public const long TicksPerMinute = TicksPerSecond * 60;
        public const long TicksPerHour = TicksPerMinute * 60;
        public const long TicksPerDay = TicksPerHour * 24;
        public const long NanosecondsPerTick = 100;
        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

        private readonly long _ticks;
        public TimeSpan(long ticks) { _ticks = ticks; }
        public TimeSpan(int hours, int minutes, int seconds) { _ticks = TimeToTicks(0, hours, minutes, seconds, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds) { _ticks = TimeToTicks(days, hours, minutes, seconds, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds) { _ticks = TimeToTicks(days, hours, minutes, seconds, milliseconds); }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds, int microseconds) { _ticks = TimeToTicks(days, hours, minutes, seconds, milliseconds) + microseconds * TicksPerMicrosecond; }

        private static long TimeToTicks(int days, int hours, int minutes, int seconds, int ms)
        {
            long totalMs = ((long)days * 3600 * 24 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + ms;
            if (totalMs > long.MaxValue / TicksPerMillisecond || totalMs < long.MinValue / TicksPerMillisecond) throw new ArgumentOutOfRangeException(null, "TimeSpan overflowed because the duration is too long.");
            return totalMs * TicksPerMillisecond;
        }

        public long Ticks => _ticks;
        public int Days => (int)(_ticks / TicksPerDay);
        public int Hours => (int)(_ticks / TicksPerHour % 24);
        public int Minutes => (int)(_ticks / TicksPerMinute % 60);
        public int Seconds => (int)(_ticks / TicksPerSecond % 60);
        public int Milliseconds => (int)(_ticks / TicksPerMillisecond % 1000);
        public int Microseconds => (int)(_ticks / TicksPerMicrosecond % 1000);
        public int Nanoseconds => (int)(_ticks % TicksPerMicrosecond * 100);
        public double TotalDays => (double)_ticks / TicksPerDay;
        public double TotalHours => (double)_ticks / TicksPerHour;
        public double TotalMinutes => (double)_ticks / TicksPerMinute;
        public double TotalSeconds => (double)_ticks / TicksPerSecond;
        public double TotalMilliseconds
        {
            get
            {
                double temp = (double)_ticks / TicksPerMillisecond;
                if (temp > long.MaxValue / TicksPerMillisecond) return long.MaxValue / TicksPerMillisecond;
                if (temp < long.MinValue / TicksPerMillisecond) return long.MinValue / TicksPerMillisecond;
                return temp;
            }
        }
        public double TotalMicroseconds => (double)_ticks / TicksPerMicrosecond;
        public double TotalNanoseconds => (double)_ticks * NanosecondsPerTick;

        public TimeSpan Add(TimeSpan ts) => this + ts;
        public TimeSpan Subtract(TimeSpan ts) => this - ts;
        public TimeSpan Negate() => -this;
        public TimeSpan Duration() => new TimeSpan(_ticks >= 0 ? _ticks : checked(-_ticks));
        public static TimeSpan FromTicks(long value) => new TimeSpan(value);
        public static TimeSpan FromDays(double value) => Interval(value, TicksPerDay);
        public static TimeSpan FromHours(double value) => Interval(value, TicksPerHour);
        public static TimeSpan FromMinutes(double value) => Interval(value, TicksPerMinute);
        public static TimeSpan FromSeconds(double value) => Interval(value, TicksPerSecond);
        public static TimeSpan FromMilliseconds(double value) => Interval(value, TicksPerMillisecond);
        public static TimeSpan FromMicroseconds(double value) => Interval(value, TicksPerMicrosecond);
        public static TimeSpan FromDays(int days) => new TimeSpan(checked(days * TicksPerDay));
        public static TimeSpan FromHours(int hours) => new TimeSpan(checked(hours * TicksPerHour));
        public static TimeSpan FromMinutes(long minutes) => new TimeSpan(checked(minutes * TicksPerMinute));
        public static TimeSpan FromSeconds(long seconds) => new TimeSpan(checked(seconds * TicksPerSecond));
        public static TimeSpan FromMilliseconds(long milliseconds, long microseconds = 0) => new TimeSpan(checked(milliseconds * TicksPerMillisecond + microseconds * TicksPerMicrosecond));

        private static TimeSpan Interval(double value, double scale)
        {
            if (double.IsNaN(value)) throw new ArgumentException(SR.Arg_CannotBeNaN);
            double ticks = value * scale;
            if (ticks > long.MaxValue || ticks < long.MinValue) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan((long)ticks);
        }

        public static TimeSpan operator -(TimeSpan t) => new TimeSpan(checked(-t._ticks));
        public static TimeSpan operator +(TimeSpan t) => t;
        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) => new TimeSpan(checked(t1._ticks - t2._ticks));
        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) => new TimeSpan(checked(t1._ticks + t2._ticks));
        public static TimeSpan operator *(TimeSpan timeSpan, double factor) => new TimeSpan((long)Math.Round(timeSpan._ticks * factor));
        public static TimeSpan operator *(double factor, TimeSpan timeSpan) => timeSpan * factor;
        public static TimeSpan operator /(TimeSpan timeSpan, double divisor) => new TimeSpan((long)Math.Round(timeSpan._ticks / divisor));
        public static double operator /(TimeSpan t1, TimeSpan t2) => t1._ticks / (double)t2._ticks;
        public static bool operator ==(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
        public static bool operator !=(TimeSpan t1, TimeSpan t2) => t1._ticks != t2._ticks;
        public static bool operator <(TimeSpan t1, TimeSpan t2) => t1._ticks < t2._ticks;
        public static bool operator <=(TimeSpan t1, TimeSpan t2) => t1._ticks <= t2._ticks;
        public static bool operator >(TimeSpan t1, TimeSpan t2) => t1._ticks > t2._ticks;
        public static bool operator >=(TimeSpan t1, TimeSpan t2) => t1._ticks >= t2._ticks;
        public static int Compare(TimeSpan t1, TimeSpan t2) => t1._ticks.CompareTo(t2._ticks);
        public int CompareTo(object value) => value == null ? 1 : value is TimeSpan t ? CompareTo(t) : throw new ArgumentException("Object must be of type TimeSpan.");
        public int CompareTo(TimeSpan value) => _ticks.CompareTo(value._ticks);
        public override bool Equals(object value) => value is TimeSpan t && _ticks == t._ticks;
        public bool Equals(TimeSpan obj) => _ticks == obj._ticks;
        public static bool Equals(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
        public override int GetHashCode() => _ticks.GetHashCode();

        /// <summary>The constant ("c") format: [-][d.]hh:mm:ss[.fffffff].</summary>
        public override string ToString()
        {
            var sb = new ValueStringBuilder(26);
            long t = _ticks;
            ulong ut = t < 0 ? (ulong)(-(t + 1)) + 1 : (ulong)t;
            if (t < 0) sb.Append('-');
            ulong days = ut / TicksPerDay, rem = ut % TicksPerDay;
            if (days > 0) { sb.AppendUInt(days, 0); sb.Append('.'); }
            sb.AppendUInt(rem / TicksPerHour, 2); sb.Append(':');
            sb.AppendUInt(rem / TicksPerMinute % 60, 2); sb.Append(':');
            sb.AppendUInt(rem / TicksPerSecond % 60, 2);
            ulong frac = rem % TicksPerSecond;
            if (frac != 0) { sb.Append('.'); sb.AppendUInt(frac, 7); }
            return sb.ToString();
        }
        public string ToString(string format) => ToString(format, null);
        public string ToString(string format, IFormatProvider formatProvider)
        {
            if (string.IsNullOrEmpty(format) || format == "c" || format == "t" || format == "T") return ToString();
            if (format == "g" || format == "G")
            {
                long t = _ticks; ulong ut = t < 0 ? (ulong)(-(t + 1)) + 1 : (ulong)t;
                var sb = new ValueStringBuilder(26);
                if (t < 0) sb.Append('-');
                ulong days = ut / TicksPerDay, rem = ut % TicksPerDay;
                if (format == "G" || days > 0) { sb.AppendUInt(days, 0); sb.Append(':'); }
                sb.AppendUInt(rem / TicksPerHour, format == "G" ? 2 : 0); sb.Append(':');
                sb.AppendUInt(rem / TicksPerMinute % 60, 2); sb.Append(':');
                sb.AppendUInt(rem / TicksPerSecond % 60, 2);
                ulong frac = rem % TicksPerSecond;
                if (format == "G") { sb.Append('.'); sb.AppendUInt(frac, 7); }
                else if (frac != 0) { sb.Append('.'); string f = frac.ToString("D7").TrimEnd('0'); sb.Append(f); }
                return sb.ToString();
            }
            throw new FormatException(SR.Format_InvalidString);
        }
    }
}
