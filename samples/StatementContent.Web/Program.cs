using StatementContent.Web;

// dotnet run --project samples/StatementContent.Web -- --urls http://127.0.0.1:5080
StatementWebApp.Create(args).Run();
