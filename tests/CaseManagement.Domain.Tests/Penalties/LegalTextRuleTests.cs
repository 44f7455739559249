using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Tests.Penalties;

/// <summary>Legal wording decided by the domain and printed by the documents.</summary>
public sealed class LegalTextRuleTests
{
    [Fact]
    public void RetroactivityPrinciple_BeforeTheCode_CitesOnlyArticle37()
    {
        Assert.Equal("《中华人民共和国行政处罚法》第三十七条", LegalText.RetroactivityPrinciple(new DateOnly(2026, 8, 14)));
    }

    [Fact]
    public void RetroactivityPrinciple_FromTheCode_AlsoCitesArticle1057()
    {
        Assert.Contains("《中华人民共和国生态环境法典》第一千零五十七条", LegalText.RetroactivityPrinciple(new DateOnly(2026, 8, 15)));
    }
}
