// The README's demo program: prints a greeting and a small computed table, checks its own
// arithmetic and exits with 100 on success (the convention of every r2rhost sample).
using System;

static class Hello
{
    static int Square(int x) => x * x;

    static int Main()
    {
        Console.WriteLine("Hello from r2rhost!");
        int sum = 0;
        for (int i = 1; i <= 5; i++)
        {
            int sq = Square(i);
            sum += sq;
            Console.WriteLine($"{i}^2 = {sq}");
        }
        Console.WriteLine($"sum = {sum}");
        return sum == 55 ? 100 : 1;
    }
}
