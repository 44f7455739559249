using System.Text.Json;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The 送达 form asks for the method first and then shows only the fields of the 回证 that method needs
/// (民事诉讼法第八十八条至第九十五条); the page script reads this map from the form.
/// </summary>
public static class ServiceForm
{
    private static readonly Dictionary<ServiceMethod, string[]> FieldsByMethod = new()
    {
        // 第八十八条: 签收人、关系、地点、时间，两名送达人.
        [ServiceMethod.Direct] = ["Time", "Recipient", "Relation", "Place", "Servers"],
        // 第八十九条: 拒收人、拒收事由、地点、时间，见证人或拍照录像.
        [ServiceMethod.LeftAtAddress] = ["Time", "Recipient", "Place", "Servers", "RefusalReason", "Witnesses", "Recordings"],
        // 第九十条: 确认书编号、电子送达地址.
        [ServiceMethod.Electronic] = ["ConsentReference", "ElectronicAddress"],
        // 第九十一条至第九十四条: 受委托或转交的机关、签收人.
        [ServiceMethod.Entrusted] = ["Intermediary", "Recipient"],
        [ServiceMethod.Forwarded] = ["Intermediary", "Recipient"],
        // 第九十一条（邮寄）: 邮件号码、回执签收日期.
        [ServiceMethod.Mail] = ["TrackingNumber", "ReturnSlipDate"],
        // 第九十五条: 公告原因、公告载体.
        [ServiceMethod.Publication] = ["PublicationGround", "PublicationChannels"],
    };

    /// <summary>Whether the step's form is a 送达回证 (its command derives from <see cref="ServiceStepCommand"/>).</summary>
    public static bool IsServiceStep(CaseTrigger trigger) =>
        CaseSteps.TryGet(trigger.ToString(), out _, out var command) && typeof(ServiceStepCommand).IsAssignableFrom(command);

    /// <summary>{"Direct":["Time",…],…} for the form's data attribute.</summary>
    public static string MethodFieldsJson { get; } = JsonSerializer.Serialize(FieldsByMethod.ToDictionary(p => p.Key.ToString(), p => p.Value));
}
