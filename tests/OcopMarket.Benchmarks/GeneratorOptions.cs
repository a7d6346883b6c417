using System.Globalization;
using OcopMarket.Core.Data;

namespace OcopMarket.Benchmarks;

public sealed record GeneratorOptions(DatabaseProvider Provider, string ConnectionString, int Count, int Seed, int BatchSize)
{
    public static GeneratorOptions? Parse(string[] args)
    {
        string? db = null, connection = null;
        var provider = DatabaseProvider.Sqlite;
        int count = 10_000, seed = 20261125, batch = 1000;
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--db": db = value; break;
                case "--connection": connection = value; break;
                case "--provider": provider = Enum.Parse<DatabaseProvider>(value, ignoreCase: true); break;
                case "--count": count = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--batch": batch = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }
        if (args.Length % 2 != 0 || count < 1 || batch < 1) return null;
        if (db is not null) connection ??= "Data Source=" + Path.GetFullPath(db);
        if (connection is null) return null;
        if (provider == DatabaseProvider.Sqlite && db is not null && !File.Exists(db))
        {
            Console.Error.WriteLine($"{db} does not exist: start the site on it once so it migrates and seeds.");
            return null;
        }
        return new(provider, connection, count, seed, batch);
    }
}
