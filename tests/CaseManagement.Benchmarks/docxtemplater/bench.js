// Fills an equivalent of templates/penalty-decision.docx with docxtemplater: the same text, {tags} in
// place of the content controls and a {#evidence}{/evidence} loop of 20 rows. Builds the template itself
// (a minimal WordprocessingML package) so that nothing but this script is needed.
// Usage: npm install && node bench.js [fills]
"use strict";
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const fills = Number(process.argv[2] || 2000);

const p = (text) => `<w:p><w:r><w:rPr><w:rFonts w:ascii="FangSong" w:eastAsia="FangSong"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const body = [
  p("{organisationName}"), p("行政处罚决定书"), p("{documentNumber}"),
  p("当事人：{partyName}"), p("统一社会信用代码（身份证号码）：{partyCode}"), p("法定代表人（负责人）：{partyRepresentative}"), p("地址：{partyAddress}"),
  p("一、环境违法事实和证据"), p("{facts}"), p("以上事实，有下列证据为证："),
  p("{#evidence}{evidenceNo}．{evidenceName}：{evidenceDescription}{/evidence}"),
  p("关于建设项目总投资额的认定：{investmentFinding}"),
  p("你（单位）的上述行为违反了{provisionBreached}的规定。"),
  p("二、行政处罚告知和当事人陈述、申辩、听证情况"), p("{noticeHistory}"),
  p("三、行政处罚的依据、种类"), p("关于新旧法律的适用（从旧兼从轻）：{lawComparison}"),
  p("依据{provisionApplied}的规定，{discretion}。"), p("本机关责令你（单位）{correctionOrder}。"),
  p("本机关决定对你（单位）作出如下行政处罚：{penaltyContent}，罚款人民币{fineAmount}元（大写：人民币{fineUppercase}）。"),
  p("四、行政处罚决定的履行方式和期限"),
  p("限你（单位）{paymentDeadlineText}将罚款缴至{paymentInstructions}。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"),
  p("五、申请行政复议或者提起行政诉讼的途径和期限"),
  p("可以在收到本决定书之日起六十日内向{reconsiderationBody}申请行政复议，也可以在六个月内向{court}提起行政诉讼。"),
  p("{sealText}"), p("{decisionDate}"),
].join("");

const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;

const template = new PizZip();
template.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
template.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
template.file("word/document.xml", documentXml);
const templateBytes = template.generate({ type: "nodebuffer", compression: "DEFLATE" });

const data = {
  organisationName: "滨州市生态环境局博兴分局", documentNumber: "博环罚决字〔2025〕1号",
  partyName: "博兴县某建材有限公司", partyCode: "91371625MA3C7XKQ0N", partyRepresentative: "李四", partyAddress: "博兴县经济开发区建设路8号",
  facts: "经查，博兴县某建材有限公司于2025年1月10日起存在未批先建的违法行为。未经审批擅自开工建设。",
  evidence: Array.from({ length: 20 }, (_, i) => ({
    evidenceNo: String(i + 1), evidenceName: `证据材料第${i + 1}份（现场照片、监测报告等）`, evidenceDescription: "书证，2025年3月6日在搅拌站施工现场取得",
  })),
  investmentFinding: "本机关于2025年3月7日依据调查询问笔录认定该建设项目总投资额为人民币捌佰伍拾万元整（8,500,000.00元），有证据2为证。",
  provisionBreached: "《中华人民共和国环境影响评价法》第二十五条",
  noticeHistory: "本机关于2025年3月12日以博环罚告字〔2025〕1号《行政处罚事先（听证）告知书》告知你单位拟作出行政处罚的事实、理由、依据和内容。",
  lawComparison: "依照从旧兼从轻原则，适用《中华人民共和国环境影响评价法》第三十一条第一款。",
  provisionApplied: "《中华人民共和国环境影响评价法》第三十一条第一款",
  discretion: "该条款规定的罚款幅度为总投资额的1%至5%，本案罚款85,000.00元",
  correctionOrder: "", penaltyContent: "罚款", fineAmount: "85,000.00", fineUppercase: "捌万伍仟元整",
  paymentDeadlineText: "自收到本决定书之日起十五日内", paymentInstructions: "山东省非税收入统一缴款渠道",
  reconsiderationBody: "滨州市人民政府或者博兴县人民政府", court: "博兴县人民法院",
  sealText: "滨州市生态环境局博兴分局", decisionDate: "2025年3月27日",
};

function fillOnce() {
  const doc = new Docxtemplater(new PizZip(templateBytes), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

const sample = fillOnce();
if (!sample.length) {
  throw new Error("empty output");
}

for (let i = 0; i < 200; i++) {
  fillOnce();
}

const started = process.hrtime.bigint();
let bytes = 0;
for (let i = 0; i < fills; i++) {
  bytes += fillOnce().length;
}

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({
  engine: `docxtemplater ${require("docxtemplater/package.json").version} on Node ${process.version}`,
  fills, seconds: Number(seconds.toFixed(3)), fillsPerSecond: Math.round(fills / seconds), meanBytes: Math.round(bytes / fills),
}));
