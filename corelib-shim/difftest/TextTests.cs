extern alias bcl;
// Differential tests: StringBuilder operation sequences and TimeSpan formatting/arithmetic.
using System;
using System.Globalization;

static partial class DiffTest
{
    static void TextTests()
    {
        var rng = new bcl::System.Random(4242);
        string[] pieces = { "", "a", "hello", "\u00e9\u00e8", "12345678901234567890", "x y z", "{0}", "--" };
        for (int run = 0; run < Scale(500); run++)
        {
            var m = new System.Text.StringBuilder(rng.Next(0, 40));
            var r = new bcl::System.Text.StringBuilder(m.Capacity);
            for (int op = 0; op < 60; op++)
            {
                string p = pieces[rng.Next(pieces.Length)];
                int what = rng.Next(100);
                string r1 = "", r2 = "";
                int len = r.Length;
                int i = rng.Next(len + 2) - 1, c = rng.Next(5);
                switch (what / 7)
                {
                    case 0: m.Append(p); r.Append(p); break;
                    case 1: if (p.Length > 0) { m.Append(p[0]); r.Append(p[0]); } break;
                    case 2: m.Append(rng.Next(-1000, 1000) is int n1 ? n1 : 0); r.Append(n1); break;
                    case 3: m.AppendLine(p); r.AppendLine(p); break;
                    case 4: r1 = Try(() => m.Insert(i, p).Length.ToString()); r2 = Try(() => r.Insert(i, p).Length.ToString()); break;
                    case 5: r1 = Try(() => m.Remove(i, c).Length.ToString()); r2 = Try(() => r.Remove(i, c).Length.ToString()); break;
                    case 6: if (p.Length > 0) { r1 = Try(() => m.Replace(p, "Q").Length.ToString()); r2 = Try(() => r.Replace(p, "Q").Length.ToString()); } break;
                    case 7: m.Replace('a', 'b'); r.Replace('a', 'b'); break;
                    case 8: r1 = Try(() => { m.Length = Math.Max(0, i); return ""; }); r2 = Try(() => { r.Length = Math.Max(0, i); return ""; }); break;
                    case 9: m.Append('z', c); r.Append('z', c); break;
                    case 10: r1 = Try(() => m.AppendFormat("{0,4}|{1:X}", p, c).Length.ToString()); r2 = Try(() => r.AppendFormat("{0,4}|{1:X}", p, c).Length.ToString()); break;
                    case 11: r1 = Try(() => m[i].ToString()); r2 = Try(() => r[i].ToString()); break;
                    case 12: r1 = Try(() => m.ToString(Math.Max(i, 0), c)); r2 = Try(() => r.ToString(Math.Max(i, 0), c)); break;
                    case 13: m.Append(1.5); r.Append(1.5); m.Append(true); r.Append(true); m.Append((object)null); r.Append((object)null); break;
                    default: m.Clear(); r.Clear(); break;
                }
                if (what < 4) { m.Insert(0, c); r.Insert(0, c); }
                Check("stringbuilder run " + run + " op " + op, r2 + "|" + r.ToString() + "|" + r.Length, r1 + "|" + m.ToString() + "|" + m.Length);
            }
        }
        // TimeSpan
        long[] ticks = { 0, 1, -1, 10_000_000, 36_000_000_000, 864_000_000_000, 864_000_000_001, -864_000_000_001, long.MaxValue, long.MinValue, 1234567890123, 9_999_999 };
        foreach (long t in ticks)
        {
            var a = new System.TimeSpan(t); var b = new bcl::System.TimeSpan(t);
            Check("timespan " + t, b.ToString() + "|" + b.ToString("c") + "|" + b.ToString("g") + "|" + b.ToString("G") + "|" + b.Days + b.Hours + b.Minutes + b.Seconds + b.Milliseconds + "|" + b.TotalSeconds.ToString("R"),
                                   a.ToString() + "|" + a.ToString("c") + "|" + a.ToString("g") + "|" + a.ToString("G") + "|" + a.Days + a.Hours + a.Minutes + a.Seconds + a.Milliseconds + "|" + a.TotalSeconds.ToString("R"));
        }
        Check("timespan ctor", new bcl::System.TimeSpan(1, 2, 3, 4, 5).ToString() + bcl::System.TimeSpan.FromMilliseconds(1500.5).ToString() + bcl::System.TimeSpan.FromSeconds(-2.25).ToString(),
                               new System.TimeSpan(1, 2, 3, 4, 5).ToString() + System.TimeSpan.FromMilliseconds(1500.5).ToString() + System.TimeSpan.FromSeconds(-2.25).ToString());
    }
}
