using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Calendars;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Samples.Web.Demo;
using PowerGovernance.Samples.Web.Flowcharts;
using PowerGovernance.Samples.Web.Forms;
using PowerGovernance.Samples.Web.Pages;
using PowerGovernance.Samples.Web.Storage;
using PowerGovernance.Serialization;
using PowerGovernance.Supervision;

namespace PowerGovernance.Samples.Web;

/// <summary>
/// The web sample (网上督办示例): ASP.NET Core minimal APIs serving server-rendered HTML over the kernel registered with
/// <c>AddPowerGovernance</c> and the EF Core case store — the supervision board, starting a case and firing its triggers, and a page
/// per case with its flowchart, audit trail and explained due dates. See <see cref="SampleSettings"/> for the configuration.
/// </summary>
internal static class WebSample
{
    /// <summary>Builds the application: services, the database (created and seeded when empty) and the endpoints.</summary>
    /// <param name="args">Command-line arguments (<c>--urls</c>, <c>--Demo:Today=2025-07-18</c>, <c>--Storage:Provider=PostgreSQL</c> …).</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var settings = SampleSettings.Read(builder.Configuration);
        IClock clock = settings.DemoToday is { } today
            ? new FakeClock(today.At(new LocalTime(10, 0)).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant())
            : SystemClock.Instance;
        var catalog = LoadCatalog();

        builder.Services
            .AddSingleton(clock)
            .AddSingleton(settings)
            .AddSingleton<GraphvizRenderer>()
            .AddChinaOfficialCalendar()
            .AddPowerGovernance(options =>
            {
                options.Catalog = catalog;
                foreach (var definition in BuiltInProcedures.All)
                {
                    options.Procedures.Add(definition);
                }
            })
            .AddScoped<CaseRepository>()
            .AddAntiforgery();
        builder.Services.AddDbContext<CasesDb>(options =>
        {
            if (settings.Provider == StorageProvider.PostgreSql)
            {
                options.UseNpgsql(settings.ConnectionString);
            }
            else
            {
                options.UseSqlite(settings.ConnectionString);
            }
        });

        var app = builder.Build();
        Prepare(app.Services, settings, clock);
        app.UseAntiforgery();
        app.MapGet("/", Board);
        app.MapPost("/cases", Start);
        app.MapGet("/cases/{caseId}", ShowCase);
        app.MapPost("/cases/{caseId}/fire", Fire);
        app.MapGet("/procedures/{procedureId}/flowchart.svg", FlowchartSvg);
        return app;
    }

    /// <summary>The township's catalog from <c>catalog/township-catalog.csv</c> next to the program.</summary>
    private static PowerCatalog LoadCatalog()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "catalog", "township-catalog.csv"));
        return CatalogCsv.Import(file);
    }

    /// <summary>Creates the tables when missing (SQLite file folder included) and seeds an empty store.</summary>
    private static void Prepare(IServiceProvider services, SampleSettings settings, IClock clock)
    {
        if (settings.Provider == StorageProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        db.Database.EnsureCreated();
        var repository = scope.ServiceProvider.GetRequiredService<CaseRepository>();
        if (settings.Seed && repository.CountAsync(CancellationToken.None).GetAwaiter().GetResult() == 0)
        {
            var engine = scope.ServiceProvider.GetRequiredService<ProcedureEngine>();
            var year = clock.GetCurrentInstant().InZone(engine.Zone).Year;
            DemoSeed.RunAsync(repository.Store, engine, year, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private static async Task<IResult> Board(HttpContext context, CaseRepository repository, SupervisionBoard board, ProcedureEngine engine, IClock clock, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var (cases, refused) = await repository.AllAsync(cancellationToken);
        var report = board.Sweep(cases, now);
        var months = MonthlyRate.Sweep(board, cases, now, now.InZone(engine.Zone).Date);
        return Page(BoardPage.Render(report, months, refused, engine.Catalog, engine, Token(context, antiforgery)));
    }

    private static async Task<IResult> Start(HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] IFormCollection form, CaseRepository repository, ProcedureEngine engine, IClock clock, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var start = StartCaseForm.Read(form, engine.Catalog, engine, out var problems);
        if (start is null)
        {
            return Page(ErrorPage.Render(problems, now, "/"), StatusCodes.Status400BadRequest);
        }

        var result = engine.Start(start.CaseId, start.Power, start.Definition.Id, DemoActors.Starter(start.Definition), now);
        if (!result.IsAccepted)
        {
            return Page(ErrorPage.Render([FormProblem.Of("caseId", start.CaseId, result.Rejection.ToString(), result.Message, result.ChineseMessage)], now, "/"), StatusCodes.Status422UnprocessableEntity);
        }

        var saved = await repository.Store.SaveAsync(result, cancellationToken);
        if (!saved.IsSaved)
        {
            return Page(ErrorPage.Render([FormProblem.Of("caseId", start.CaseId, saved.Status.ToString(), saved.Message, saved.ChineseMessage)], now, "/"), StatusCodes.Status409Conflict);
        }

        return Results.Redirect("/cases/" + Uri.EscapeDataString(start.CaseId));
    }

    private static async Task<IResult> ShowCase(HttpContext context, string caseId, CaseRepository repository, ProcedureEngine engine, CaseSupervisor supervisor, IClock clock, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var (stored, problem) = await Load(repository, caseId, now, cancellationToken);
        if (stored is null)
        {
            return problem!;
        }

        var (snapshot, events) = stored;
        if (!engine.TryGetDefinition(snapshot, out var definition))
        {
            return Page(ErrorPage.Render([FormProblem.Of("caseId", caseId, "UnknownDefinition", "The case's procedure is not registered.", "该办件的办理流程未注册。")], now, "/"), StatusCodes.Status409Conflict);
        }

        return Page(CasePage.Render(snapshot, events, definition, engine, supervisor, engine.Catalog, now, Token(context, antiforgery)));
    }

    private static async Task<IResult> Fire(string caseId, [Microsoft.AspNetCore.Mvc.FromForm] IFormCollection form, CaseRepository repository, ProcedureEngine engine, IClock clock, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var back = "/cases/" + Uri.EscapeDataString(caseId);
        var (stored, problem) = await Load(repository, caseId, now, cancellationToken);
        if (stored is null)
        {
            return problem!;
        }

        var snapshot = stored.Snapshot;
        if (!engine.TryGetDefinition(snapshot, out var definition))
        {
            return Page(ErrorPage.Render([FormProblem.Of("caseId", caseId, "UnknownDefinition", "The case's procedure is not registered.", "该办件的办理流程未注册。")], now, back), StatusCodes.Status409Conflict);
        }

        var fire = FireForm.Read(form, snapshot, definition, out var problems);
        if (fire is null)
        {
            return Page(ErrorPage.Render(problems, now, back), StatusCodes.Status400BadRequest);
        }

        var result = engine.Fire(snapshot, fire.Trigger.Id, DemoActors.For(fire.Trigger), now, fire.Arguments, fire.Reason, fire.Version);
        if (!result.IsAccepted)
        {
            return Page(ErrorPage.Render([FormProblem.Of("trigger", fire.Trigger.Id, result.Rejection.ToString(), result.Message, result.ChineseMessage)], now, back), StatusCodes.Status422UnprocessableEntity);
        }

        var saved = await repository.Store.SaveAsync(result, cancellationToken);
        if (!saved.IsSaved)
        {
            return Page(ErrorPage.Render([FormProblem.Of("version", fire.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), saved.Status.ToString(), saved.Message, saved.ChineseMessage)], now, back), StatusCodes.Status409Conflict);
        }

        return Results.Redirect(back);
    }

    private static async Task<IResult> FlowchartSvg(string procedureId, ProcedureEngine engine, GraphvizRenderer graphviz)
    {
        var definition = engine.Definitions.Where(d => d.Id == procedureId).OrderByDescending(d => d.Version).FirstOrDefault();
        if (definition is null)
        {
            return Results.Text("No such procedure. 没有该办理流程。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        try
        {
            return Results.Text(await graphviz.SvgAsync(definition), "image/svg+xml; charset=utf-8");
        }
        catch (InvalidOperationException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>Loads a verified case, or the page that says why not (unknown: 404; not verified: 409 with the engine's findings).</summary>
    private static async Task<(StoredCase? Case, IResult? Problem)> Load(CaseRepository repository, string caseId, Instant now, CancellationToken cancellationToken)
    {
        try
        {
            if (await repository.Store.LoadAsync(caseId, cancellationToken) is { } stored)
            {
                return (stored, null);
            }

            return (null, Page(ErrorPage.Render([FormProblem.Of("caseId", caseId, "CaseNotFound", "There is no such case.", "没有该办件。")], now, "/"), StatusCodes.Status404NotFound));
        }
        catch (CaseNotVerifiedException e)
        {
            var findings = string.Join(" ", e.Verification.Findings.Select(f => f.Message));
            var chinese = string.Concat(e.Verification.Findings.Select(f => f.ChineseMessage));
            return (null, Page(ErrorPage.Render([FormProblem.Of("caseId", caseId, "CaseNotVerified", findings, chinese)], now, "/"), StatusCodes.Status409Conflict));
        }
    }

    private static string Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Html.E(tokens.FormFieldName)}\" value=\"{Html.E(tokens.RequestToken)}\">";
    }

    private static IResult Page(string html, int status = StatusCodes.Status200OK) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
