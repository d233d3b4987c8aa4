namespace System.Diagnostics
{
    public class Stopwatch
    {
        public static readonly long Frequency = 1_000_000_000;
        public static readonly bool IsHighResolution = true;
        private long _elapsed;
        private long _startTimeStamp;
        private bool _isRunning;

        public Stopwatch() { }
        public static Stopwatch StartNew() { var s = new Stopwatch(); s.Start(); return s; }
        public static long GetTimestamp() => Internal.Runtime.SystemImports.GetTimestamp();
        public static TimeSpan GetElapsedTime(long startingTimestamp) => GetElapsedTime(startingTimestamp, GetTimestamp());
        public static TimeSpan GetElapsedTime(long startingTimestamp, long endingTimestamp) => new TimeSpan((endingTimestamp - startingTimestamp) / 100);

        public void Start() { if (!_isRunning) { _startTimeStamp = GetTimestamp(); _isRunning = true; } }
        public void Stop()
        {
            if (_isRunning)
            {
                long elapsedThisPeriod = GetTimestamp() - _startTimeStamp;
                _elapsed += elapsedThisPeriod;
                _isRunning = false;
                if (_elapsed < 0) _elapsed = 0;
            }
        }
        public void Reset() { _elapsed = 0; _isRunning = false; _startTimeStamp = 0; }
        public void Restart() { _elapsed = 0; _startTimeStamp = GetTimestamp(); _isRunning = true; }
        public bool IsRunning => _isRunning;
        public TimeSpan Elapsed => new TimeSpan(GetRawElapsedTicks() / 100);
        public long ElapsedMilliseconds => GetRawElapsedTicks() / 1_000_000;
        public long ElapsedTicks => GetRawElapsedTicks();
        private long GetRawElapsedTicks()
        {
            long timeElapsed = _elapsed;
            if (_isRunning) timeElapsed += GetTimestamp() - _startTimeStamp;
            return timeElapsed;
        }
        public override string ToString() => Elapsed.ToString();
    }

    public static class Debug
    {
        [Conditional("DEBUG")] public static void Assert(bool condition) { }
        [Conditional("DEBUG")] public static void Assert(bool condition, string message) { }
        [Conditional("DEBUG")] public static void WriteLine(string message) { }
        [Conditional("DEBUG")] public static void WriteLine(object value) { }
        [Conditional("DEBUG")] public static void Write(string message) { }
        [Conditional("DEBUG")] public static void Fail(string message) { }
    }
}
