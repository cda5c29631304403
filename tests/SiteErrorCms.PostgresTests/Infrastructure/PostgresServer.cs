using Npgsql;
using Testcontainers.PostgreSql;

namespace SiteErrorCms.PostgresTests.Infrastructure;

/// <summary>
/// A PostgreSQL server for the tests: a Testcontainers container where a Docker engine answers,
/// otherwise the server named by SITEERRORCMS_TEST_POSTGRES (tests/run.sh starts one). Without either,
/// the tests skip locally and fail under CI, where skipping them would hide a broken provider.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string ConnectionVariable = "SITEERRORCMS_TEST_POSTGRES";

    private PostgreSqlContainer? container;

    public string? AdminConnectionString { get; private set; }

    public string? UnavailableReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            AdminConnectionString = configured;
            return;
        }

        if (await DockerAnswersAsync())
        {
            container = new PostgreSqlBuilder("postgres:17-alpine").Build();
            await container.StartAsync(TestContext.Current.CancellationToken);
            AdminConnectionString = container.GetConnectionString();
            return;
        }

        UnavailableReason = $"no PostgreSQL: set {ConnectionVariable} or run a Docker engine (tests/run.sh sets the variable)";
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }

    /// <summary>Creates an empty database of its own for one test class and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (AdminConnectionString is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"PostgreSQL tests must run under CI: {UnavailableReason}");
            }

            Assert.Skip(UnavailableReason ?? "no PostgreSQL");
        }

        var name = "cms_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<bool> DockerAnswersAsync()
    {
        const string socket = "/var/run/docker.sock";
        if (!File.Exists(socket) && Environment.GetEnvironmentVariable("DOCKER_HOST") is null)
        {
            return false;
        }

        try
        {
            using var client = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
            await client.ConnectAsync(new System.Net.Sockets.UnixDomainSocketEndPoint(socket), TestContext.Current.CancellationToken);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
