namespace CaseManagement.Web.Tests;

/// <summary>
/// The test classes that only read (tools, the OpenAPI document, error pages, authorization of every endpoint, the
/// host's answers) share one started app instead of starting one each; a class that writes cases, users, settings or
/// templates keeps a host of its own so that what it writes cannot change what another class reads.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlyHost : ICollectionFixture<AppFactory>
{
    public const string Name = "Read-only host";
}
