// bench/spectral_norm: the spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1)
// by 10 power iterations of A^T A on an n = 100 vector, written from the problem statement;
// prints the result with F9 and checks the published value 1.274219991.
// An optional argument sets n (1..20000, else exit code 64; `run-bench` uses it for its
// scaled table). The published value is checked only for n = 100; for every n the estimate
// must lie in [1, 1.2742241529]: it is a Rayleigh quotient of A_n^T A_n, so at most the
// norm of A_n, which is at most that of the infinite matrix (1.2742241528...), and it
// approaches the norm of A_n, which is at least |A(0,0)| = 1.
using System;
using System.Globalization;

static class Program
{
    static double A(int i, int j) => 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);

    static void MulAv(double[] v, double[] av)
    {
        for (int i = 0; i < v.Length; i++)
        {
            double s = 0;
            for (int j = 0; j < v.Length; j++) s += A(i, j) * v[j];
            av[i] = s;
        }
    }

    static void MulAtv(double[] v, double[] atv)
    {
        for (int i = 0; i < v.Length; i++)
        {
            double s = 0;
            for (int j = 0; j < v.Length; j++) s += A(j, i) * v[j];
            atv[i] = s;
        }
    }

    static void MulAtAv(double[] v, double[] tmp, double[] outv) { MulAv(v, tmp); MulAtv(tmp, outv); }

    static int Main(string[] args)
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int n = 100;
        if (args.Length > 0 && !(int.TryParse(args[0], out n) && n >= 1 && n <= 20000))
        {
            Console.Error.WriteLine("usage: spectral_norm [n, 1..20000]");
            return 64;
        }
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        for (int i = 0; i < n; i++) u[i] = 1;
        for (int i = 0; i < 10; i++) { MulAtAv(u, tmp, v); MulAtAv(v, tmp, u); }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) { vBv += u[i] * v[i]; vv += v[i] * v[i]; }
        double norm = Math.Sqrt(vBv / vv);
        string s = norm.ToString("F9", CultureInfo.InvariantCulture);
        Console.WriteLine(s);
        Console.WriteLine("bits " + BitConverter.DoubleToInt64Bits(norm).ToString("X16"));
        if (n == 100 && s != "1.274219991") return 1;
        if (!(norm >= 1.0 && norm <= 1.2742241529)) return 2;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
1.274219991
bits 3FF4633480643706
PASS
--- stderr
*/
