extern alias bcl;
// Differential tests: DateTime calendar arithmetic and invariant formatting; Guid formatting/parsing.
using System;
using System.Globalization;

static partial class DiffTest
{
    static void DateTimeTests()
    {
        var inv = CultureInfo.InvariantCulture;
        var rng = new bcl::System.Random(2024);
        string[] fmts = { "", "d", "D", "t", "T", "f", "F", "g", "G", "M", "Y", "s", "u", "o", "R", "yyyy-MM-dd", "dd/MM/yy HH:mm:ss.fff", "ddd MMM d h:mm tt", "dddd, MMMM dd yyyy", "HH'h'mm", "yyyyMMddTHHmmssFFF", "%d", "M/d/yyyy", "fffffff", "FFFFFFF" };
        for (int i = 0; i < Scale(3000); i++)
        {
            long ticks = rng.NextInt64(0, 3155378975999999999);
            if (i % 3 == 0) ticks = ticks / 10_000_000 * 10_000_000;
            var kind = (DateTimeKind)rng.Next(3);
            var m = new System.DateTime(ticks, (System.DateTimeKind)(int)kind);
            var r = new bcl::System.DateTime(ticks, (bcl::System.DateTimeKind)(int)kind);
            string f = fmts[i % fmts.Length];
            int months = rng.Next(-200, 200);
            double days = (rng.NextDouble() - 0.5) * 1000;
            Check("datetime " + ticks + " '" + f + "'",
                r.ToString(f, inv) + "|" + r.Year + "/" + r.Month + "/" + r.Day + " " + r.DayOfWeek + " " + r.DayOfYear + "|" + Try(() => r.AddMonths(months).ToString("s", inv)) + "|" + Try(() => r.AddDays(days).Ticks.ToString()) + "|" + Try(() => r.AddHours(days).Ticks.ToString()),
                m.ToString(f, inv) + "|" + m.Year + "/" + m.Month + "/" + m.Day + " " + m.DayOfWeek + " " + m.DayOfYear + "|" + Try(() => m.AddMonths(months).ToString("s", inv)) + "|" + Try(() => m.AddDays(days).Ticks.ToString()) + "|" + Try(() => m.AddHours(days).Ticks.ToString()));
        }
        for (int y = 1; y <= 9999; y += 37)
            for (int mo = 1; mo <= 12; mo++)
            {
                int d = System.DateTime.DaysInMonth(y, mo);
                Check("daysinmonth " + y + "/" + mo, bcl::System.DateTime.DaysInMonth(y, mo) + " " + new bcl::System.DateTime(y, mo, d, 23, 59, 58).ToString("o"), d + " " + new System.DateTime(y, mo, d, 23, 59, 58).ToString("o"));
            }
        Check("datetime errors", Try(() => new bcl::System.DateTime(2023, 2, 29).ToString()), Try(() => new System.DateTime(2023, 2, 29).ToString()));
        for (int i = 0; i < 200; i++)
        {
            var bytes = new byte[16]; rng.NextBytes(bytes);
            var g1 = new System.Guid(bytes); var g2 = new bcl::System.Guid(bytes);
            Check("guid", g2.ToString() + g2.ToString("N") + g2.ToString("B") + g2.ToString("P") + g2.ToString("X") + bcl::System.Guid.Parse(g2.ToString("B")).ToString(),
                          g1.ToString() + g1.ToString("N") + g1.ToString("B") + g1.ToString("P") + g1.ToString("X") + System.Guid.Parse(g1.ToString("B")).ToString());
        }
    }
}
