using System.Buffers.Binary;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Identity;

/// <summary>
/// A login under a name that does not exist is checked against a stand-in hash, so that it costs what a wrong password
/// costs and the response time does not tell which accounts exist. The stand-in must be as costly as the users' own.
/// </summary>
public sealed class UnknownUserHashTests : IClassFixture<AppFactory>
{
    private readonly AppFactory factory;

    public UnknownUserHashTests(AppFactory factory) => this.factory = factory;

    [Fact]
    public async Task UnknownName_IsCheckedAgainstAHashAsCostlyAsTheUsersPasswords()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var adminHash = await db.Users.Where(u => u.UserName == "admin").Select(u => u.PasswordHash).SingleAsync();
        var standIn = scope.ServiceProvider.GetRequiredService<UnknownUserHash>().Value;

        // The test hosts hash with 1,000 rounds (AppFactory); the product with Identity's default. Before, the stand-in
        // was always made with the default, so under any other setting an unknown name cost more or less than a user's.
        Assert.Equal(PasswordRounds.Count, Iterations(adminHash!));
        Assert.Equal(Iterations(adminHash!), Iterations(standIn));
        Assert.Same(standIn, scope.ServiceProvider.GetRequiredService<UnknownUserHash>().Value);
    }

    /// <summary>The iteration count of an Identity V3 hash: format marker, PRF, then the count, big-endian.</summary>
    private static int Iterations(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }
}
