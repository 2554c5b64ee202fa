using PowerGovernance.Samples.Web;

// dotnet run --project samples/PowerGovernance.Samples.Web: the supervision board on http://localhost:5080, cases in SQLite.
WebSample.Build(args).Run();
