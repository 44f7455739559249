using CaseManagement.Domain.Cases;
using CaseManagement.Web.Documents;

namespace CaseManagement.Web.Tests.Documents;

public sealed class PublicationTextTests
{
    private static readonly Party Person = new(PartyKind.Individual, "欧阳小明", "11010519491231002X", "博兴县店子镇某村12号", null);

    private static readonly Party Company = new(PartyKind.Organisation, "博兴县某化工有限公司", "91371625MA3C7B8D98", "博兴县店子镇工业园", "张某");

    [Fact]
    public void Redact_ForAnIndividual_MasksNameAndIdAndDropsAddressAndPhones()
    {
        var text = PublicationText.Redact("欧阳小明（身份证号码11010519491231002X，住博兴县店子镇某村12号，电话13812345678、0543-2345678）", Person);

        Assert.Equal("欧**明（身份证号码110105********002X，住（住址不予公开），电话（电话号码不予公开）、（电话号码不予公开））", text);
    }

    [Fact]
    public void Redact_ForAnOrganisation_KeepsItsRegistrationDataButMasksAWitnessId()
    {
        var text = PublicationText.Redact("博兴县某化工有限公司（91371625MA3C7B8D98，博兴县店子镇工业园）；证人身份证号码370101190102039973", Company);

        Assert.Equal("博兴县某化工有限公司（91371625MA3C7B8D98，博兴县店子镇工业园）；证人身份证号码370101********9973", text);
    }
}
