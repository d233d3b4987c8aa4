extern alias bcl;
// Differential tests: new Random(seed) sequences against CoreCLR for every public method.
using System;

static partial class DiffTest
{
    static void RandomTests()
    {
        var seeds = new System.Collections.Generic.List<int>();
        for (int s = 0; s <= 1000; s++) seeds.Add(s);
        seeds.AddRange(new[] { -1, -2, -12345, int.MinValue, int.MaxValue, int.MaxValue - 1, 161803398, -161803398 });
        foreach (int seed in seeds)
        {
            var m = new System.Random(seed);
            var r = new bcl::System.Random(seed);
            var a = new System.Text.StringBuilder();
            var b = new System.Text.StringBuilder();
            for (int i = 0; i < 20; i++)
            {
                int which = (seed + i) % 11;
                switch (which)
                {
                    case 0: a.Append(m.Next()); b.Append(r.Next()); break;
                    case 1: a.Append(m.Next(100)); b.Append(r.Next(100)); break;
                    case 2: a.Append(m.Next(-50, 50)); b.Append(r.Next(-50, 50)); break;
                    case 3: a.Append(m.Next(int.MinValue, int.MaxValue)); b.Append(r.Next(int.MinValue, int.MaxValue)); break;
                    case 4: a.Append(m.NextDouble().ToString("R")); b.Append(r.NextDouble().ToString("R")); break;
                    case 5: { var x = new byte[7]; var y = new byte[7]; m.NextBytes(x); r.NextBytes(y); a.Append(BitConverter.ToString(x)); b.Append(BitConverter.ToString(y)); break; }
                    case 6: a.Append(m.NextInt64()); b.Append(r.NextInt64()); break;
                    case 7: a.Append(m.NextInt64(1000)); b.Append(r.NextInt64(1000)); break;
                    case 8: a.Append(m.NextInt64(-1000000000000L, 1000000000000L)); b.Append(r.NextInt64(-1000000000000L, 1000000000000L)); break;
                    case 9: a.Append(m.NextSingle().ToString("R")); b.Append(r.NextSingle().ToString("R")); break;
                    default:
                    {
                        var x = new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 }; var y = new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
                        m.Shuffle(x); r.Shuffle(y);
                        a.Append(string.Join("", x)); b.Append(string.Join("", y));
                        break;
                    }
                }
                a.Append(' '); b.Append(' ');
            }
            Check("Random(" + seed + ")", b.ToString(), a.ToString());
        }
        // long runs of Next() for a few seeds
        foreach (int seed in new[] { 0, 42, 123456 })
        {
            var m = new System.Random(seed); var r = new bcl::System.Random(seed);
            long sm = 0, sr = 0;
            for (int i = 0; i < Scale(200000); i++) { sm = sm * 31 + m.Next(1000); sr = sr * 31 + r.Next(1000); }
            Check("Random(" + seed + ") long run", sr.ToString(), sm.ToString());
        }
    }
}
