using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>
/// Keyset paging against a reference: for any set of cases (some closed) and any page size, the pages concatenated are exactly
/// the open case ids sorted ordinally (SQLite's BINARY collation), each once, and every page but the last is full.
/// </summary>
public class PagingProperties
{
    private static readonly string[] Prefixes = ["c", "C", "case-", "办件", "z"];

    [Property(MaxTest = 25)]
    public Property Pages_concatenated_are_the_sorted_open_cases_once_each() =>
        Prop.ForAll(Cases().ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (cases, pageSize) =>
        {
            using var database = new SqliteStoreDatabase();
            foreach (var (id, closed) in cases)
            {
                var started = StoreCases.Start(id);
                Save(database, started);
                if (closed)
                {
                    Save(database, StoreCases.NotAccept(started.Snapshot, StoreCases.Clerk, 1));
                }
            }

            // The reference: filter the open ones, sort by ordinal comparison (what the BINARY collation compares: UTF-8 bytes,
            // which for these ids orders as UTF-16 ordinal does), cut into pages of pageSize.
            var expected = cases.Where(c => !c.Closed).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
            var pages = new List<OpenCasePage>();
            using var context = database.NewContext();
            var store = new EntityFrameworkCaseStore(context, StoreCases.Engine);
            string? after = null;
            do
            {
                var page = store.OpenCasesAsync(pageSize, after).GetAwaiter().GetResult();
                pages.Add(page);
                after = page.Next;
            }
            while (after is not null && pages.Count <= expected.Count + 1);

            var all = pages.SelectMany(p => p.Cases).Select(c => c.CaseId).ToList();
            return all.SequenceEqual(expected)
                && pages.Take(pages.Count - 1).All(p => p.Cases.Count == pageSize)
                && pages.Count == (expected.Count / pageSize) + 1;
        });

    private static void Save(SqliteStoreDatabase database, Procedures.CaseResult result)
    {
        using var context = database.NewContext();
        var saved = new EntityFrameworkCaseStore(context, StoreCases.Engine).Save(result);
        if (!saved.IsSaved)
        {
            throw new InvalidOperationException(saved.Message);
        }
    }

    private static Gen<(string Id, bool Closed)[]> Cases() =>
        Gen.Choose(0, 11).SelectMany(n => Gen.ArrayOf(
            Gen.Elements(Prefixes).SelectMany(p => Gen.Choose(0, 120).SelectMany(k => Gen.Elements(true, false).Select(closed => (Id: p + k.ToString(System.Globalization.CultureInfo.InvariantCulture), Closed: closed)))),
            n))
        .Select(list => list.DistinctBy(c => c.Id, StringComparer.Ordinal).ToArray());
}
