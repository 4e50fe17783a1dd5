<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>เกี่ยวกับ %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run a Sakura Science Club chapter reunion from one laptop: members, events, check-in at the door, contests and the reports afterwards — offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;จัดงานพบปะศิษย์เก่าของสาขา Sakura Science Club ได้จากแล็ปท็อปเครื่องเดียว ทั้งสมาชิก กิจกรรม การเช็คอินที่ทางเข้า การประกวด และรายงานหลังงาน โดยไม่ต้องต่ออินเทอร์เน็ต&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ฐานข้อมูล:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Every check-in, undo, check-out, score change, import, merge and wrong judge PIN, with the desk that did it and when. Written with the change itself, so it cannot disagree with the records.</source>
        <translation>ทุกการเช็คอิน การยกเลิกเช็คอิน การเช็คเอาต์ การแก้คะแนน การนำเข้า การรวมข้อมูล และการใส่ PIN กรรมการผิด พร้อมโต๊ะที่ทำและเวลาที่ทำ บันทึกไปพร้อมกับการเปลี่ยนแปลงนั้นเอง จึงไม่มีทางขัดแย้งกับข้อมูลจริง</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>เช็คอิน</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ยกเลิกเช็คอิน</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>เช็คเอาต์</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>แก้คะแนน</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>นำเข้ารายชื่อสมาชิก</translation>
    </message>
    <message>
        <source>Online report</source>
        <translation>รายงานออนไลน์</translation>
    </message>
    <message>
        <source>Member merge</source>
        <translation>รวมข้อมูลสมาชิก</translation>
    </message>
    <message>
        <source>Desk merge</source>
        <translation>รวมข้อมูลโต๊ะ</translation>
    </message>
    <message>
        <source>Wrong judge PIN</source>
        <translation>PIN กรรมการผิด</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>ทุกโต๊ะ</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>ค้นหาในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Search names, entries, files…</source>
        <translation>ค้นหาชื่อ รายการ ไฟล์…</translation>
    </message>
    <message>
        <source>Chosen event only</source>
        <translation>เฉพาะกิจกรรมที่เลือก</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>ส่งออก .xlsx…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>โต๊ะ:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>โต๊ะ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>SSC Desktop (no desk)</source>
        <translation>SSC Desktop (ไม่มีโต๊ะ)</translation>
    </message>
    <message>
        <source>Command line (ssc)</source>
        <translation>บรรทัดคำสั่ง (ssc)</translation>
    </message>
    <message>
        <source>A judge&apos;s phone</source>
        <translation>โทรศัพท์ของกรรมการ</translation>
    </message>
    <message>
        <source>Nothing recorded yet: check-ins, score changes, imports and merges appear here as they happen.</source>
        <translation>ยังไม่มีการบันทึก การเช็คอิน การแก้คะแนน การนำเข้า และการรวมข้อมูลจะแสดงที่นี่ทันทีที่เกิดขึ้น</translation>
    </message>
    <message>
        <source>The newest %1 matching entries of %2 (Export has them all).</source>
        <translation>รายการล่าสุด %1 รายการที่ตรงกันจากทั้งหมด %2 รายการ (การส่งออกจะมีครบทุกรายการ)</translation>
    </message>
    <message>
        <source>%1 of %2 entries match.</source>
        <translation>ตรงกัน %1 จาก %2 รายการ</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>บันทึกไฟล์บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1 entries to %2.</source>
        <translation>เขียน %1 รายการลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Audit log not written</source>
        <translation>ไม่ได้เขียนบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>ยกเลิกแล้ว ไม่ได้เขียนไฟล์ใด</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Badges and tickets — %1</source>
        <translation>ป้ายชื่อและบัตร — %1</translation>
    </message>
    <message>
        <source>Name badges (one A4 PDF)</source>
        <translation>ป้ายชื่อ (PDF ขนาด A4 ไฟล์เดียว)</translation>
    </message>
    <message>
        <source>Personal tickets (one PDF per person, into a folder)</source>
        <translation>บัตรรายบุคคล (PDF คนละไฟล์ ลงในโฟลเดอร์)</translation>
    </message>
    <message>
        <source>E-mail personal tickets</source>
        <translation>ส่งบัตรรายบุคคลทางอีเมล</translation>
    </message>
    <message>
        <source>8 per sheet — 99.1 × 67.7 mm (Avery L7165)</source>
        <translation>8 ใบต่อแผ่น — 99.1 × 67.7 มม. (Avery L7165)</translation>
    </message>
    <message>
        <source>10 per sheet — 85 × 54 mm (card size, Avery C32011)</source>
        <translation>10 ใบต่อแผ่น — 85 × 54 มม. (ขนาดบัตร Avery C32011)</translation>
    </message>
    <message>
        <source>One A6 badge per page</source>
        <translation>ป้ายขนาด A6 หน้าละ 1 ใบ</translation>
    </message>
    <message>
        <source>Cut marks in the margins</source>
        <translation>เส้นตัดที่ขอบกระดาษ</translation>
    </message>
    <message>
        <source>Everyone registered</source>
        <translation>ทุกคนที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>Only the role</source>
        <translation>เฉพาะบทบาท</translation>
    </message>
    <message>
        <source>The %1 selected registrations</source>
        <translation>การลงทะเบียนที่เลือก %1 รายการ</translation>
    </message>
    <message>
        <source>Selected registrations (select them in the list first)</source>
        <translation>การลงทะเบียนที่เลือก (เลือกในรายการก่อน)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>บันทึกไปที่</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <source>Only people who have not had their current ticket yet</source>
        <translation>เฉพาะผู้ที่ยังไม่ได้รับบัตรล่าสุด</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>สร้าง:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>แผ่น:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>สำหรับ:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>บันทึกไปที่:</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>สร้าง PDF</translation>
    </message>
    <message>
        <source>Sent through %1 from %2.</source>
        <translation>ส่งผ่าน %1 จาก %2</translation>
    </message>
    <message>
        <source>No e-mail server is set up yet: File → E-mail settings…</source>
        <translation>ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล: ไฟล์ → การตั้งค่าอีเมล…</translation>
    </message>
    <message>
        <source>Write tickets</source>
        <translation>เขียนบัตร</translation>
    </message>
    <message>
        <source>Send e-mails</source>
        <translation>ส่งอีเมล</translation>
    </message>
    <message>
        <source>Save the badges</source>
        <translation>บันทึกป้ายชื่อ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the tickets</source>
        <translation>โฟลเดอร์สำหรับบัตร</translation>
    </message>
    <message>
        <source>Printing badges</source>
        <translation>กำลังพิมพ์ป้ายชื่อ</translation>
    </message>
    <message>
        <source>Writing tickets</source>
        <translation>กำลังเขียนบัตร</translation>
    </message>
    <message>
        <source>E-mailing tickets</source>
        <translation>กำลังส่งบัตรทางอีเมล</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 หน้า</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 หน้า</translation>
    </message>
    <message>
        <source>Wrote %1 badges on %2 to %3</source>
        <translation>เขียนป้ายชื่อ %1 ใบ บน %2 ลงใน %3 แล้ว</translation>
    </message>
    <message>
        <source>Wrote %1 tickets into the folder %2</source>
        <translation>เขียนบัตร %1 ใบลงในโฟลเดอร์ %2 แล้ว</translation>
    </message>
    <message>
        <source>Sent %1 tickets.</source>
        <translation>ส่งบัตรแล้ว %1 ใบ</translation>
    </message>
    <message>
        <source>%1 people had their ticket already.</source>
        <translation>%1 คนได้รับบัตรไปแล้ว</translation>
    </message>
    <message>
        <source>… and %1 more not sent.</source>
        <translation>… และอีก %1 รายการที่ไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Camera off</source>
        <translation>ปิดกล้อง</translation>
    </message>
    <message>
        <source>No camera found. Use the scanner or search by name.</source>
        <translation>ไม่พบกล้อง ใช้เครื่องสแกนหรือค้นหาด้วยชื่อแทน</translation>
    </message>
    <message>
        <source>The camera stopped: </source>
        <translation>กล้องหยุดทำงาน: </translation>
    </message>
</context>
<context>
    <name>CertificateTemplateDialog</name>
    <message>
        <source>Certificate template</source>
        <translation>แม่แบบใบประกาศนียบัตร</translation>
    </message>
    <message>
        <source>Landscape (A4 across)</source>
        <translation>แนวนอน (A4 แนวนอน)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Participation: joining online counts from this many minutes (0: only on site)</source>
        <translation>การเข้าร่วม: การเข้าร่วมทางออนไลน์จะนับเมื่อครบจำนวนนาทีนี้ (0: นับเฉพาะที่สถานที่จัดงาน)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>หัวเรื่อง:</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>ข้อความ:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>ตัวแทนข้อความ: %1</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>หน้ากระดาษ:</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>สีเน้น:</translation>
    </message>
    <message>
        <source>Online counts from:</source>
        <translation>นับออนไลน์ตั้งแต่:</translation>
    </message>
    <message>
        <source>Signatory %1: name</source>
        <translation>ผู้ลงนามคนที่ %1: ชื่อ</translation>
    </message>
    <message>
        <source>title, e.g. Chapter president</source>
        <translation>ตำแหน่ง เช่น ประธานสาขา</translation>
    </message>
    <message>
        <source>Signatory %1: title</source>
        <translation>ผู้ลงนาม %1: ตำแหน่ง</translation>
    </message>
    <message>
        <source>Signature image…</source>
        <translation>รูปลายเซ็น…</translation>
    </message>
    <message>
        <source>Chapter logo…</source>
        <translation>โลโก้สาขา…</translation>
    </message>
    <message>
        <source>Remove pictures</source>
        <translation>ลบรูปภาพ</translation>
    </message>
    <message>
        <source>Signatories (up to two):</source>
        <translation>ผู้ลงนาม (ไม่เกินสองคน):</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>กำลังวาดตัวอย่าง…</translation>
    </message>
    <message>
        <source>Preview with a sample name; the real certificates use each person&apos;s.</source>
        <translation>ตัวอย่างใช้ชื่อสมมติ ใบประกาศนียบัตรจริงจะใช้ชื่อของแต่ละคน</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>สีเน้น</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>เลือกรูปภาพ</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose an event to see a preview.</source>
        <translation>เลือกกิจกรรมเพื่อดูตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>ใบประกาศนียบัตร</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>ผู้มีส่วนสนับสนุน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>ชื่ออักษรท้องถิ่น</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Add contributor…</source>
        <translation>เพิ่มผู้มีส่วนสนับสนุน…</translation>
    </message>
    <message>
        <source>Edit reason…</source>
        <translation>แก้ไขเหตุผล…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>ใบประกาศนียบัตรที่ออกแล้ว</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>ออกเมื่อ</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>ออกใบประกาศนียบัตร</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>แก้ไขแม่แบบ…</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>แม่แบบใหม่…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>แม่แบบ:</translation>
    </message>
    <message>
        <source>All in one PDF (for printing)</source>
        <translation>รวมเป็น PDF ไฟล์เดียว (สำหรับพิมพ์)</translation>
    </message>
    <message>
        <source>One PDF per person, named after them (for e-mail)</source>
        <translation>PDF คนละไฟล์ ตั้งชื่อตามแต่ละคน (สำหรับอีเมล)</translation>
    </message>
    <message>
        <source>Left out, and why:</source>
        <translation>ผู้ที่ไม่ได้รับ และเหตุผล:</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>ไม่รวม</translation>
    </message>
    <message>
        <source>Write certificates…</source>
        <translation>เขียนใบประกาศนียบัตร…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to thank, certify and award its people.</source>
        <translation>เลือกกิจกรรมในแถบด้านบนเพื่อขอบคุณ รับรอง และมอบรางวัลแก่ผู้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 people get a certificate; %2 left out.</source>
        <translation>%1 คนได้รับใบประกาศนียบัตร ไม่ได้รับ %2 คน</translation>
    </message>
    <message>
        <source>%1 added as a contributor.</source>
        <translation>เพิ่ม %1 เป็นผู้มีส่วนสนับสนุนแล้ว</translation>
    </message>
    <message>
        <source>Reason for %1 saved.</source>
        <translation>บันทึกเหตุผลของ %1 แล้ว</translation>
    </message>
    <message>
        <source>Remove contributor</source>
        <translation>นำผู้มีส่วนสนับสนุนออก</translation>
    </message>
    <message>
        <source>Remove %1 from the contributors?</source>
        <translation>นำ %1 ออกจากรายชื่อผู้มีส่วนสนับสนุนหรือไม่</translation>
    </message>
    <message>
        <source>%1 is no longer a contributor.</source>
        <translation>%1 ไม่ได้เป็นผู้มีส่วนสนับสนุนอีกต่อไป</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>โฟลเดอร์สำหรับใบประกาศนียบัตร</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>บันทึกใบประกาศนียบัตร</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 certificates to %2.</source>
        <translation>เขียนใบประกาศนียบัตร %1 ใบลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Wrote %1 certificates into %2.</source>
        <translation>เขียนใบประกาศนียบัตร %1 ใบลงในโฟลเดอร์ %2 แล้ว</translation>
    </message>
    <message>
        <source>Drawing %1 certificates…</source>
        <translation>กำลังวาดใบประกาศนียบัตร %1 ใบ…</translation>
    </message>
    <message>
        <source>Cancelled; no certificate file was left behind.</source>
        <translation>ยกเลิกแล้ว ไม่มีไฟล์ใบประกาศนียบัตรค้างอยู่</translation>
    </message>
</context>
<context>
    <name>CheckInCounters</name>
    <message>
        <source>checked in / registered</source>
        <translation>เช็คอินแล้ว / ลงทะเบียน</translation>
    </message>
    <message>
        <source>checked in / registered · %1 inside now</source>
        <translation>เช็คอินแล้ว / ลงทะเบียน · ขณะนี้อยู่ในงาน %1 คน</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>อีก %1</translation>
    </message>
    <message>
        <source>By chapter: </source>
        <translation>ตามสาขา: </translation>
    </message>
    <message>
        <source>checked in to %1 / registered</source>
        <translation>เช็คอินที่ %1 / ลงทะเบียน</translation>
    </message>
    <message>
        <source>By role: </source>
        <translation>ตามบทบาท: </translation>
    </message>
</context>
<context>
    <name>CheckInListsDialog</name>
    <message>
        <source>Check-in lists — %1</source>
        <translation>รายการเช็คอิน — %1</translation>
    </message>
    <message>
        <source>Besides the door, check people into parts of the day. A ticket counts once on each list; the door&apos;s figures never change.</source>
        <translation>นอกจากที่ทางเข้าแล้ว ยังเช็คอินผู้เข้าร่วมในแต่ละช่วงของวันได้ บัตรหนึ่งใบนับได้ครั้งเดียวในแต่ละรายการ และตัวเลขของทางเข้าจะไม่เปลี่ยน</translation>
    </message>
    <message>
        <source>List</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Part of the programme</source>
        <translation>ช่วงในกำหนดการ</translation>
    </message>
    <message>
        <source>Whole event</source>
        <translation>ทั้งงาน</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>เช็คอินแล้ว</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Check-in lists</source>
        <translation>รายการเช็คอิน</translation>
    </message>
    <message>
        <source>e.g. Banquet</source>
        <translation>เช่น งานเลี้ยง</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Part of the programme:</source>
        <translation>ช่วงในกำหนดการ:</translation>
    </message>
    <message>
        <source>Add as new list</source>
        <translation>เพิ่มเป็นรายการใหม่</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Delete list…</source>
        <translation>ลบรายการ…</translation>
    </message>
    <message>
        <source>List “%1” added.</source>
        <translation>เพิ่มรายการ “%1” แล้ว</translation>
    </message>
    <message>
        <source>List “%1” saved.</source>
        <translation>บันทึกรายการ “%1” แล้ว</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <source>“%1” has %2 check-ins. Delete the list and its check-ins? Arrivals at the door are kept.</source>
        <translation>“%1” มีการเช็คอิน %2 ครั้ง ลบรายการนี้พร้อมการเช็คอินทั้งหมดหรือไม่ การมาถึงที่ทางเข้ายังคงเก็บไว้</translation>
    </message>
    <message>
        <source>List “%1” deleted.</source>
        <translation>ลบรายการ “%1” แล้ว</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>เช็คอิน</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>สถานี:</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>ชื่อโต๊ะ</translation>
    </message>
    <message>
        <source>Open check-in station</source>
        <translation>เปิดสถานีเช็คอิน</translation>
    </message>
    <message>
        <source>A full-screen desk for scanners, the webcam and the queue (Esc leaves it)</source>
        <translation>โต๊ะเช็คอินแบบเต็มจอสำหรับเครื่องสแกน เว็บแคม และคิว (กด Esc เพื่อออก)</translation>
    </message>
    <message>
        <source>Check-in lists…</source>
        <translation>รายการเช็คอิน…</translation>
    </message>
    <message>
        <source>Parts of the day people check into besides the door</source>
        <translation>ช่วงของวันที่ผู้เข้าร่วมเช็คอินนอกเหนือจากทางเข้า</translation>
    </message>
    <message>
        <source>Prepare desk…</source>
        <translation>เตรียมโต๊ะ…</translation>
    </message>
    <message>
        <source>This event in a file, for a laptop with no server</source>
        <translation>กิจกรรมนี้ในรูปไฟล์ สำหรับแล็ปท็อปที่ไม่มีเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Merge desks…</source>
        <translation>รวมข้อมูลโต๊ะ…</translation>
    </message>
    <message>
        <source>Bring the check-ins of desk files back</source>
        <translation>นำการเช็คอินจากไฟล์โต๊ะกลับเข้ามา</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>เช็คอินแล้ว</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>ค้นหาคนเพื่อเช็คอิน</translation>
    </message>
    <message>
        <source>Type a name in any script, e-mail or affiliation, then Enter to check in…</source>
        <translation>พิมพ์ชื่อ (อักษรใดก็ได้) อีเมล หรือสังกัด แล้วกด Enter เพื่อเช็คอิน…</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>ผู้ที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>ยกเลิกการเช็คอิน</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>เช็คอิน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>ชื่ออักษรท้องถิ่น</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>มาถึงเมื่อ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to open its check-in desk.</source>
        <translation>เลือกกิจกรรมในแถบด้านบนเพื่อเปิดโต๊ะเช็คอิน</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>No event is chosen. Create one on the Events page, then pick it in the bar above.</source>
        <translation>ยังไม่ได้เลือกกิจกรรม สร้างกิจกรรมในหน้ากิจกรรม แล้วเลือกในแถบด้านบน</translation>
    </message>
    <message>
        <source>No one is registered for this event yet.</source>
        <translation>ยังไม่มีผู้ลงทะเบียนในกิจกรรมนี้</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>เช็คอินแล้ว: %1</translation>
    </message>
    <message>
        <source>Check-in undone: %1</source>
        <translation>ยกเลิกการเช็คอินแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>CheckInStation</name>
    <message>
        <source>Check-in station — %1</source>
        <translation>สถานีเช็คอิน — %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Scan a ticket, hold it up to the camera, or search by name.</source>
        <translation>สแกนบัตร ยื่นบัตรให้กล้อง หรือค้นหาด้วยชื่อ</translation>
    </message>
    <message>
        <source>List not created</source>
        <translation>ยังไม่ได้สร้างรายการ</translation>
    </message>
    <message>
        <source>Could not read the event again: %1</source>
        <translation>อ่านข้อมูลกิจกรรมใหม่ไม่ได้: %1</translation>
    </message>
    <message>
        <source>NOT checked in</source>
        <translation>เช็คอินไม่สำเร็จ</translation>
    </message>
    <message>
        <source>An unexpected problem stopped this check-in. Scan again; if it happens again, check the person in by name.</source>
        <translation>เกิดปัญหาที่ไม่คาดคิดทำให้เช็คอินครั้งนี้ไม่สำเร็จ สแกนอีกครั้ง หากยังเกิดซ้ำ ให้เช็คอินด้วยชื่อ</translation>
    </message>
    <message>
        <source>Check in again (Enter)</source>
        <translation>เช็คอินอีกครั้ง (Enter)</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>เช็คอิน (Enter)</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>เช็คอินไปแล้ว</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>ไม่ได้เช็คอิน</translation>
    </message>
    <message>
        <source>Welcome back!</source>
        <translation>ยินดีต้อนรับกลับ!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>ยินดีต้อนรับ!</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>ยังไม่ได้เช็คเอาต์</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>เช็คเอาต์แล้ว</translation>
    </message>
    <message>
        <source>Checking them in again later counts as re-entry.</source>
        <translation>หากเช็คอินอีกครั้งภายหลัง จะนับเป็นการกลับเข้างาน</translation>
    </message>
    <message>
        <source>Nothing undone</source>
        <translation>ยกเลิกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>ยกเลิกการเช็คอินแล้ว</translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>ลงทะเบียนหน้างานแล้ว</translation>
    </message>
    <message>
        <source>Checked in at %1 at %2</source>
        <translation>เช็คอินเมื่อ %1 ที่ %2</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>เช็คอินเมื่อ %1</translation>
    </message>
    <message>
        <source>This registration was cancelled.</source>
        <translation>การลงทะเบียนนี้ถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>On the waiting list, not registered. Ask the coordinator.</source>
        <translation>อยู่ในรายชื่อรอ ยังไม่ได้ลงทะเบียน โปรดสอบถามผู้ประสานงาน</translation>
    </message>
    <message>
        <source>This ticket was re-issued; the old code no longer works. Ask for the new ticket or search the name.</source>
        <translation>บัตรนี้ออกใหม่แล้ว รหัสเดิมใช้ไม่ได้อีก ขอบัตรใบใหม่หรือค้นหาด้วยชื่อ</translation>
    </message>
    <message>
        <source>Forged or damaged code. Search the name instead.</source>
        <translation>รหัสปลอมหรือเสียหาย ให้ค้นหาด้วยชื่อแทน</translation>
    </message>
    <message>
        <source>Not an SSC ticket code.</source>
        <translation>ไม่ใช่รหัสบัตรของ SSC</translation>
    </message>
    <message>
        <source>Ticket for another event: %1</source>
        <translation>บัตรของกิจกรรมอื่น: %1</translation>
    </message>
    <message>
        <source>(same chapter)</source>
        <translation>(สาขาเดียวกัน)</translation>
    </message>
    <message>
        <source>Not checked in.</source>
        <translation>ยังไม่ได้เช็คอิน</translation>
    </message>
    <message>
        <source>Speaker: take them to the green room.</source>
        <translation>วิทยากร: พาไปที่ห้องรับรองวิทยากร</translation>
    </message>
    <message>
        <source>Judge: hand over the scoring kit.</source>
        <translation>กรรมการ: มอบชุดอุปกรณ์ให้คะแนน</translation>
    </message>
    <message>
        <source>Staff: send them to the staff briefing.</source>
        <translation>ทีมงาน: ส่งไปที่การประชุมชี้แจงทีมงาน</translation>
    </message>
    <message>
        <source>Walk-in: make sure they have a badge.</source>
        <translation>ลงทะเบียนหน้างาน: ตรวจดูว่าได้รับป้ายชื่อแล้ว</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>สถานีนี้</translation>
    </message>
    <message>
        <source>Checked in at %1 · %2</source>
        <translation>เช็คอินเมื่อ %1 · %2</translation>
    </message>
    <message>
        <source>Code read: %1</source>
        <translation>รหัสที่อ่านได้: %1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Problems and duplicates</source>
        <translation>ปัญหาและรายการซ้ำ</translation>
    </message>
    <message>
        <source>Correct a value in place (double-click it or press F2), or leave the row out; rows still in error are not imported. Choose what to do with people who are already there.</source>
        <translation>แก้ไขค่าได้ทันที (ดับเบิลคลิกหรือกด F2) หรือข้ามแถวนั้นไป แถวที่ยังมีข้อผิดพลาดจะไม่ถูกนำเข้า เลือกวิธีจัดการกับผู้ที่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>บันทึกรายงาน…</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>สำหรับรายการซ้ำทุกรายการ:</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>กำลังอ่านทุกแถว…</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>รายการซ้ำ (%1)</translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation>ไม่มีรายการซ้ำ</translation>
    </message>
    <message>
        <source>%1 rows read: %2 rows left out for errors, %3 warnings, %4 rows left out by you. Checking the corrected rows for duplicates…</source>
        <translation>อ่านแล้ว %1 แถว: ข้ามเพราะมีข้อผิดพลาด %2 แถว คำเตือน %3 รายการ คุณเลือกข้าม %4 แถว กำลังตรวจหารายการซ้ำในแถวที่แก้ไขแล้ว…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new members, %3 duplicates, %4 rows left out for errors, %5 warnings, %6 rows left out by you.</source>
        <translation>อ่านแล้ว %1 แถว: สมาชิกใหม่ %2 คน ซ้ำ %3 รายการ ข้ามเพราะมีข้อผิดพลาด %4 แถว คำเตือน %5 รายการ คุณเลือกข้าม %6 แถว</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>ปัญหา (%1)</translation>
    </message>
    <message>
        <source>No problems left</source>
        <translation>ไม่มีปัญหาเหลืออยู่</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>ไม่พบปัญหา</translation>
    </message>
    <message>
        <source> · %1 rows corrected</source>
        <translation> · แก้ไขแล้ว %1 แถว</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ContestAwardsTab</name>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>อันดับ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>รางวัล</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>รางวัล</translation>
    </message>
    <message>
        <source>No award</source>
        <translation>ไม่ได้รางวัล</translation>
    </message>
    <message>
        <source>Set for selected</source>
        <translation>กำหนดให้รายการที่เลือก</translation>
    </message>
    <message>
        <source>Suggest from ranks</source>
        <translation>เสนอตามอันดับ</translation>
    </message>
    <message>
        <source>Save awards</source>
        <translation>บันทึกรางวัล</translation>
    </message>
    <message>
        <source>Locked: the awards are final.</source>
        <translation>ล็อกแล้ว: รางวัลเป็นผลสิ้นสุด</translation>
    </message>
    <message>
        <source>Awards can change until the contest is locked. Unsaved changes are marked *.</source>
        <translation>แก้ไขรางวัลได้จนกว่าจะล็อกการประกวด การเปลี่ยนแปลงที่ยังไม่บันทึกมีเครื่องหมาย *</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>Awards not saved</source>
        <translation>ไม่ได้บันทึกรางวัล</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <source>Edit contest</source>
        <translation>แก้ไขการประกวด</translation>
    </message>
    <message>
        <source>New contest</source>
        <translation>การประกวดใหม่</translation>
    </message>
    <message>
        <source>e.g. High-school poster contest</source>
        <translation>เช่น การประกวดโปสเตอร์ระดับมัธยมปลาย</translation>
    </message>
    <message>
        <source>High school, University, Early-career researcher</source>
        <translation>มัธยมปลาย, มหาวิทยาลัย, นักวิจัยรุ่นใหม่</translation>
    </message>
    <message>
        <source>Blind judging: judges see entry codes, never authors</source>
        <translation>ตัดสินแบบปกปิด: กรรมการเห็นเฉพาะรหัสผลงาน ไม่เห็นชื่อผู้ส่ง</translation>
    </message>
    <message>
        <source>Judging opens and closes at set times (event&apos;s time zone)</source>
        <translation>เปิดและปิดการตัดสินตามเวลาที่กำหนด (เขตเวลาของกิจกรรม)</translation>
    </message>
    <message>
        <source>Judging opens</source>
        <translation>เปิดการตัดสิน</translation>
    </message>
    <message>
        <source>Judging closes</source>
        <translation>ปิดการตัดสิน</translation>
    </message>
    <message>
        <source>The kind&apos;s template</source>
        <translation>แม่แบบของประเภทนี้</translation>
    </message>
    <message>
        <source>Copy from “%1”</source>
        <translation>คัดลอกจาก “%1”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>Judges per entry</source>
        <translation>กรรมการต่อผลงาน</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>การตัดสิน</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>เกณฑ์การให้คะแนน</translation>
    </message>
</context>
<context>
    <name>ContestEntriesTab</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>ผู้จัดทำ</translation>
    </message>
    <message>
        <source>School / affiliation</source>
        <translation>โรงเรียน / สังกัด</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>ผลงาน</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>เพิ่มผลงาน…</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>แก้ไขผลงาน…</translation>
    </message>
    <message>
        <source>Import entries…</source>
        <translation>นำเข้าผลงาน…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>แสดงไฟล์</translation>
    </message>
    <message>
        <source>Open the folder with the selected entry&apos;s attached files</source>
        <translation>เปิดโฟลเดอร์ที่เก็บไฟล์แนบของผลงานที่เลือก</translation>
    </message>
    <message>
        <source>Import contest entries</source>
        <translation>นำเข้าผลงานประกวด</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>สเปรดชีต (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Entries not imported</source>
        <translation>ไม่ได้นำเข้าผลงาน</translation>
    </message>
    <message>
        <source>Imported %1 entries.</source>
        <translation>นำเข้าผลงานแล้ว %1 รายการ</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>แนบไฟล์ให้ %1</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF และรูปภาพ (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>ไม่ได้แนบไฟล์</translation>
    </message>
    <message>
        <source>The selected entry has no attached files.</source>
        <translation>ผลงานที่เลือกไม่มีไฟล์แนบ</translation>
    </message>
</context>
<context>
    <name>ContestEntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>แก้ไขผลงาน</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>เพิ่มผลงาน</translation>
    </message>
    <message>
        <source>e.g. P-21</source>
        <translation>เช่น P-21</translation>
    </message>
    <message>
        <source>One author a line: name in own script | Latin name</source>
        <translation>ผู้จัดทำบรรทัดละหนึ่งคน: ชื่ออักษรท้องถิ่น | ชื่ออักษรละติน</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>School or affiliation</source>
        <translation>โรงเรียนหรือสังกัด</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>ผู้จัดทำ</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>บทคัดย่อ</translation>
    </message>
</context>
<context>
    <name>ContestFiles</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>ส่งออกผลการประกวด</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>เขียนผลการประกวดลงใน %1 แล้ว</translation>
    </message>
    <message>
        <source>Folder for the judge sheets</source>
        <translation>โฟลเดอร์สำหรับใบให้คะแนนของกรรมการ</translation>
    </message>
    <message>
        <source>Writing the judge sheets…</source>
        <translation>กำลังเขียนใบให้คะแนนของกรรมการ…</translation>
    </message>
    <message>
        <source>%1 judge sheets written to %2</source>
        <translation>เขียนใบให้คะแนนของกรรมการ %1 ไฟล์ลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Import judge sheets</source>
        <translation>นำเข้าใบให้คะแนนของกรรมการ</translation>
    </message>
    <message>
        <source>Judge sheets (*.xlsx)</source>
        <translation>ใบให้คะแนนของกรรมการ (*.xlsx)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… และอีก %1 รายการ</translation>
    </message>
    <message>
        <source>Scores emptied in the sheets</source>
        <translation>คะแนนที่ถูกลบว่างในใบให้คะแนน</translation>
    </message>
    <message>
        <source>%1 score(s) that were given are empty in these sheets:

%2

Remove them (the judge took them back)? No keeps them as they are.</source>
        <translation>คะแนน %1 รายการที่เคยให้ไว้ว่างเปล่าในใบให้คะแนนเหล่านี้:

%2

ลบคะแนนเหล่านี้ออกหรือไม่ (กรรมการถอนคะแนนคืน) เลือก “ไม่” เพื่อเก็บไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Reading the judge sheets…</source>
        <translation>กำลังอ่านใบให้คะแนนของกรรมการ…</translation>
    </message>
    <message>
        <source>Judge sheets not imported</source>
        <translation>ไม่ได้นำเข้าใบให้คะแนนของกรรมการ</translation>
    </message>
    <message>
        <source>Judge sheets imported: %1 scores changed.</source>
        <translation>นำเข้าใบให้คะแนนของกรรมการแล้ว: คะแนนเปลี่ยน %1 รายการ</translation>
    </message>
    <message>
        <source>%1 emptied score(s) kept.</source>
        <translation>เก็บคะแนนที่ว่างไว้ %1 รายการ</translation>
    </message>
    <message>
        <source>%1 emptied score(s) removed.</source>
        <translation>ลบคะแนนที่ว่างออก %1 รายการ</translation>
    </message>
    <message>
        <source>Importing the judge sheets…</source>
        <translation>กำลังนำเข้าใบให้คะแนนของกรรมการ…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>การประกวด</translation>
    </message>
</context>
<context>
    <name>ContestJudgeDialog</name>
    <message>
        <source>Add a judge</source>
        <translation>เพิ่มกรรมการ</translation>
    </message>
    <message>
        <source>Entries from this school or affiliation are never theirs</source>
        <translation>ผลงานจากโรงเรียนหรือสังกัดนี้จะไม่มอบให้กรรมการท่านนี้</translation>
    </message>
    <message>
        <source>6 digits or more suggested (4 to 12); only a hash is kept</source>
        <translation>แนะนำ 6 หลักขึ้นไป (4 ถึง 12 หลัก) ระบบเก็บเฉพาะค่าแฮช</translation>
    </message>
    <message>
        <source>Suggest a PIN</source>
        <translation>สุ่ม PIN ให้</translation>
    </message>
    <message>
        <source>Six random digits, shown so you can tell the judge</source>
        <translation>ตัวเลขสุ่มหกหลัก แสดงให้เห็นเพื่อแจ้งกรรมการได้</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>School or affiliation</source>
        <translation>โรงเรียนหรือสังกัด</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>A 4- or 5-digit PIN is allowed but quick to guess: 6 digits or more are suggested.</source>
        <translation>PIN 4 หรือ 5 หลักใช้ได้แต่เดาง่าย แนะนำ 6 หลักขึ้นไป</translation>
    </message>
    <message>
        <source>After 5 wrong PINs in a row the judge waits a minute, longer after each further wrong one.</source>
        <translation>หากใส่ PIN ผิด 5 ครั้งติดกัน กรรมการต้องรอหนึ่งนาที และนานขึ้นทุกครั้งที่ผิดซ้ำ</translation>
    </message>
</context>
<context>
    <name>ContestJudgesTab</name>
    <message>
        <source>Judge</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>School / affiliation</source>
        <translation>โรงเรียน / สังกัด</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>ผลงาน</translation>
    </message>
    <message>
        <source>● assigned · ✓ scored · ✕ declared conflict · – own school. Double-click a cell to assign or unassign.</source>
        <translation>● มอบหมายแล้ว · ✓ ให้คะแนนแล้ว · ✕ แจ้งผลประโยชน์ทับซ้อน · – โรงเรียนเดียวกัน ดับเบิลคลิกที่ช่องเพื่อมอบหมายหรือยกเลิกการมอบหมาย</translation>
    </message>
    <message>
        <source>Add judge…</source>
        <translation>เพิ่มกรรมการ…</translation>
    </message>
    <message>
        <source>Remove judge</source>
        <translation>นำกรรมการออก</translation>
    </message>
    <message>
        <source>Judges per entry (k)</source>
        <translation>กรรมการต่อผลงาน (k)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>มอบหมายอัตโนมัติ</translation>
    </message>
    <message>
        <source>Each entry gets at least k judges, load balanced, never from its own school or a declared conflict</source>
        <translation>ผลงานแต่ละชิ้นได้กรรมการอย่างน้อย k คน กระจายภาระเท่า ๆ กัน และไม่ใช่กรรมการจากโรงเรียนเดียวกันหรือที่แจ้งผลประโยชน์ทับซ้อน</translation>
    </message>
    <message>
        <source>● assigned   ✓ scored   ✕ conflict   – own school</source>
        <translation>● มอบหมายแล้ว   ✓ ให้คะแนนแล้ว   ✕ ทับซ้อน   – โรงเรียนเดียวกัน</translation>
    </message>
    <message>
        <source>Judges per entry</source>
        <translation>กรรมการต่อผลงาน</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Judge-by-entry matrix</source>
        <translation>ตารางกรรมการกับผลงาน</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>ผลงาน</translation>
    </message>
    <message>
        <source>Cannot assign</source>
        <translation>มอบหมายไม่ได้</translation>
    </message>
    <message>
        <source>Some entries are short of judges</source>
        <translation>ผลงานบางชิ้นมีกรรมการไม่ครบ</translation>
    </message>
    <message>
        <source>%1: %2 judge(s) short (own school or conflicts)</source>
        <translation>%1: ขาดกรรมการ %2 คน (โรงเรียนเดียวกันหรือผลประโยชน์ทับซ้อน)</translation>
    </message>
    <message>
        <source>%1 new assignments (%2 in all).</source>
        <translation>มอบหมายใหม่ %1 รายการ (รวม %2 รายการ)</translation>
    </message>
    <message>
        <source>Cannot change the assignment</source>
        <translation>เปลี่ยนการมอบหมายไม่ได้</translation>
    </message>
    <message>
        <source>Record a conflict: %1 may not judge %2…</source>
        <translation>บันทึกผลประโยชน์ทับซ้อน: %1 ไม่ควรตัดสิน %2…</translation>
    </message>
    <message>
        <source>Record a conflict</source>
        <translation>บันทึกผลประโยชน์ทับซ้อน</translation>
    </message>
    <message>
        <source>Why? (same lab, same supervisor, a relative…)</source>
        <translation>เพราะเหตุใด (ห้องแล็บเดียวกัน อาจารย์ที่ปรึกษาคนเดียวกัน เป็นญาติ…)</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>ไม่ได้บันทึกผลประโยชน์ทับซ้อน</translation>
    </message>
    <message>
        <source>The entry moved to %1.</source>
        <translation>ย้ายผลงานไปให้ %1 แล้ว</translation>
    </message>
    <message>
        <source>No other judge is free for the entry; assign one by hand.</source>
        <translation>ไม่มีกรรมการคนอื่นว่างสำหรับผลงานนี้ โปรดมอบหมายเอง</translation>
    </message>
    <message>
        <source>Remove %1 and their %2 assignments and scores from “%3”?</source>
        <translation>นำ %1 ออกจาก “%3” พร้อมการมอบหมายและคะแนน %2 รายการหรือไม่</translation>
    </message>
    <message>
        <source>Cannot remove the judge</source>
        <translation>นำกรรมการออกไม่ได้</translation>
    </message>
</context>
<context>
    <name>ContestProgressTab</name>
    <message>
        <source>Judge</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>ให้คะแนนแล้ว</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Still owes</source>
        <translation>ยังค้างอยู่</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>ผลงาน</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>หัวข้อประเมิน</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>เดิม</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>How</source>
        <translation>วิธี</translation>
    </message>
    <message>
        <source>Who still owes which scores</source>
        <translation>ใครยังค้างคะแนนผลงานใดบ้าง</translation>
    </message>
    <message>
        <source>Audit trail: every score change</source>
        <translation>ประวัติการตรวจสอบ: การแก้คะแนนทุกครั้ง</translation>
    </message>
    <message>
        <source>%1 of %2 score sheets in; %3 still owed.</source>
        <translation>ได้รับใบให้คะแนน %1 จาก %2 ใบ ยังค้าง %3 ใบ</translation>
    </message>
</context>
<context>
    <name>ContestResultsTab</name>
    <message>
        <source>Mean of judges</source>
        <translation>ค่าเฉลี่ยของกรรมการ</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>ปรับมาตรฐาน (z-score)</translation>
    </message>
    <message>
        <source>Trimmed mean (4+ judges)</source>
        <translation>ค่าเฉลี่ยตัดปลาย (กรรมการ 4 คนขึ้นไป)</translation>
    </message>
    <message>
        <source>A judge&apos;s total is the weighted rubric score as a percentage. Normalized: each judge&apos;s totals as z-scores, shown as 100 + 20·z, so a harsh and a lenient judge weigh the same. Trimmed: highest and lowest dropped when an entry has 4 or more judges.</source>
        <translation>คะแนนรวมของกรรมการแต่ละคนคือคะแนนตามเกณฑ์แบบถ่วงน้ำหนัก คิดเป็นร้อยละ แบบปรับมาตรฐาน: แปลงคะแนนรวมของกรรมการแต่ละคนเป็น z-score แสดงเป็น 100 + 20·z เพื่อให้กรรมการที่ให้คะแนนเข้มและกรรมการที่ให้คะแนนง่ายมีน้ำหนักเท่ากัน แบบตัดปลาย: ตัดคะแนนสูงสุดและต่ำสุดออกเมื่อผลงานมีกรรมการ 4 คนขึ้นไป</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>จัดอันดับตาม</translation>
    </message>
    <message>
        <source>Raw totals per judge</source>
        <translation>คะแนนรวมดิบของกรรมการแต่ละคน</translation>
    </message>
    <message>
        <source>Normalized per judge (100 ± 20)</source>
        <translation>คะแนนปรับมาตรฐานของกรรมการแต่ละคน (100 ± 20)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>อันดับ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>Trimmed</source>
        <translation>ตัดปลาย</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>ปรับมาตรฐาน</translation>
    </message>
    <message>
        <source>Still tied after every tie-break (shown as =): %1</source>
        <translation>ยังเสมอกันหลังใช้เกณฑ์ตัดสินทุกข้อ (แสดงเป็น =): %1</translation>
    </message>
    <message>
        <source>No ties remain.</source>
        <translation>ไม่มีผลเสมอเหลืออยู่</translation>
    </message>
</context>
<context>
    <name>ContestSetupTab</name>
    <message>
        <source>Criterion</source>
        <translation>หัวข้อประเมิน</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>ระดับคะแนน</translation>
    </message>
    <message>
        <source>Level guide</source>
        <translation>คำอธิบายระดับ</translation>
    </message>
    <message>
        <source>Edit rubric…</source>
        <translation>แก้ไขเกณฑ์การให้คะแนน…</translation>
    </message>
    <message>
        <source>Copy rubric</source>
        <translation>คัดลอกเกณฑ์การให้คะแนน</translation>
    </message>
    <message>
        <source>Mean of judges</source>
        <translation>ค่าเฉลี่ยของกรรมการ</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>ปรับมาตรฐาน (z-score)</translation>
    </message>
    <message>
        <source>Trimmed mean (4+ judges)</source>
        <translation>ค่าเฉลี่ยตัดปลาย (กรรมการ 4 คนขึ้นไป)</translation>
    </message>
    <message>
        <source>Use for ranking</source>
        <translation>ใช้สำหรับจัดอันดับ</translation>
    </message>
    <message>
        <source>or copy the rubric of</source>
        <translation>หรือคัดลอกเกณฑ์การให้คะแนนของ</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>จัดอันดับตาม</translation>
    </message>
    <message>
        <source>then by</source>
        <translation>จากนั้นตาม</translation>
    </message>
    <message>
        <source>then by the number of judges</source>
        <translation>จากนั้นตามจำนวนกรรมการ</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>เกณฑ์การให้คะแนน</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kind:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ประเภท:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Categories:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;หมวดหมู่:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judges per entry:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;กรรมการต่อผลงาน:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind:&lt;/b&gt; yes — judges see codes, never authors</source>
        <translation>&lt;b&gt;ปกปิดชื่อ:&lt;/b&gt; ใช่ — กรรมการเห็นเฉพาะรหัส ไม่เห็นชื่อผู้ส่ง</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind:&lt;/b&gt; no</source>
        <translation>&lt;b&gt;ปกปิดชื่อ:&lt;/b&gt; ไม่</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theme:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;หัวข้อ:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judging:&lt;/b&gt; %1 – %2</source>
        <translation>&lt;b&gt;การตัดสิน:&lt;/b&gt; %1 – %2</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b42318&apos;&gt;Locked:&lt;/b&gt; scores, results and awards are frozen</source>
        <translation>&lt;b style=&apos;color:#b42318&apos;&gt;ล็อกแล้ว:&lt;/b&gt; คะแนน ผลการประกวด และรางวัลถูกตรึงไว้</translation>
    </message>
    <message>
        <source>(no criterion)</source>
        <translation>(ไม่มีหัวข้อประเมิน)</translation>
    </message>
    <message>
        <source>Cannot copy the rubric</source>
        <translation>คัดลอกเกณฑ์การให้คะแนนไม่ได้</translation>
    </message>
    <message>
        <source>Cannot change the ranking</source>
        <translation>เปลี่ยนการจัดอันดับไม่ได้</translation>
    </message>
</context>
<context>
    <name>ContestsPage</name>
    <message>
        <source>Contests</source>
        <translation>การประกวด</translation>
    </message>
    <message>
        <source>Poster, e-poster and essay contests of the chosen event: rubric, judges, scores, awards.</source>
        <translation>การประกวดโปสเตอร์ โปสเตอร์อิเล็กทรอนิกส์ และเรียงความของกิจกรรมที่เลือก: เกณฑ์การให้คะแนน กรรมการ คะแนน รางวัล</translation>
    </message>
    <message>
        <source>New contest…</source>
        <translation>การประกวดใหม่…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Judge mode…</source>
        <translation>โหมดกรรมการ…</translation>
    </message>
    <message>
        <source>A judge unlocks with their PIN and scores their own entries</source>
        <translation>กรรมการปลดล็อกด้วย PIN ของตนและให้คะแนนเฉพาะผลงานที่ได้รับมอบหมาย</translation>
    </message>
    <message>
        <source>Let judges score on their phones…</source>
        <translation>ให้กรรมการให้คะแนนผ่านโทรศัพท์…</translation>
    </message>
    <message>
        <source>A small web server on this laptop; each judge scans a QR code</source>
        <translation>เว็บเซิร์ฟเวอร์ขนาดเล็กบนแล็ปท็อปเครื่องนี้ กรรมการแต่ละคนสแกนคิวอาร์โค้ด</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Results PDF (announcement)…</source>
        <translation>PDF ผลการประกวด (สำหรับประกาศ)…</translation>
    </message>
    <message>
        <source>Results Excel…</source>
        <translation>Excel ผลการประกวด…</translation>
    </message>
    <message>
        <source>Judge sheets (one .xlsx per judge)…</source>
        <translation>ใบให้คะแนนของกรรมการ (.xlsx คนละไฟล์)…</translation>
    </message>
    <message>
        <source>Import judge sheets…</source>
        <translation>นำเข้าใบให้คะแนนของกรรมการ…</translation>
    </message>
    <message>
        <source>Lock results</source>
        <translation>ล็อกผลการประกวด</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>การประกวด</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>ผลงาน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ล็อกแล้ว</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>No contests for this event yet. Start one with “New contest…”.</source>
        <translation>กิจกรรมนี้ยังไม่มีการประกวด เริ่มสร้างได้ด้วย “การประกวดใหม่…”</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Judges &amp;&amp; assignment</source>
        <translation>กรรมการและการมอบหมาย</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลการประกวด</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>รางวัล</translation>
    </message>
    <message>
        <source>Lock the results</source>
        <translation>ล็อกผลการประกวด</translation>
    </message>
    <message>
        <source>Lock “%1”? Scores, results and awards are frozen; judges can no longer change anything.</source>
        <translation>ล็อก “%1” หรือไม่ คะแนน ผลการประกวด และรางวัลจะถูกตรึงไว้ กรรมการจะแก้ไขอะไรไม่ได้อีก</translation>
    </message>
    <message>
        <source>Cannot lock</source>
        <translation>ล็อกไม่ได้</translation>
    </message>
    <message>
        <source>Judges&apos; phones: serving…</source>
        <translation>โทรศัพท์ของกรรมการ: กำลังให้บริการ…</translation>
    </message>
</context>
<context>
    <name>ContributorDialog</name>
    <message>
        <source>Edit contribution</source>
        <translation>แก้ไขการมีส่วนสนับสนุน</translation>
    </message>
    <message>
        <source>Add a contributor</source>
        <translation>เพิ่มผู้มีส่วนสนับสนุน</translation>
    </message>
    <message>
        <source>Find a registered person, any script…</source>
        <translation>ค้นหาผู้ที่ลงทะเบียน (อักษรใดก็ได้)…</translation>
    </message>
    <message>
        <source>Find a registered person</source>
        <translation>ค้นหาผู้ที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>ชื่ออักษรท้องถิ่น</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>ผู้ที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>e.g. for organizing the 3rd India reunion</source>
        <translation>เช่น สำหรับการจัดงานพบปะศิษย์เก่า SSC อินเดียครั้งที่ 3</translation>
    </message>
    <message>
        <source>Reason, as printed on the certificate</source>
        <translation>เหตุผล ตามที่พิมพ์บนใบประกาศนียบัตร</translation>
    </message>
    <message>
        <source>Reason, as printed on the certificate:</source>
        <translation>เหตุผล ตามที่จะพิมพ์บนใบประกาศนียบัตร:</translation>
    </message>
    <message>
        <source>Choose the person in the list first.</source>
        <translation>เลือกบุคคลในรายการก่อน</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <source>Duplicate event</source>
        <translation>ทำสำเนากิจกรรม</translation>
    </message>
    <message>
        <source>A new event like “%1”, on a new date.</source>
        <translation>กิจกรรมใหม่แบบเดียวกับ “%1” ในวันใหม่</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ชื่อกิจกรรม:</translation>
    </message>
    <message>
        <source>Starts (%1):</source>
        <translation>เริ่ม (%1):</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>สิ้นสุด:</translation>
    </message>
    <message>
        <source>Sign-ups close:</source>
        <translation>ปิดรับสมัคร:</translation>
    </message>
    <message>
        <source>Chapter, format, venue, online link, time zone and capacity are kept. The programme is copied and moved by the same amount. Registrations are not copied.</source>
        <translation>คงสาขา รูปแบบ สถานที่ ลิงก์ออนไลน์ เขตเวลา และจำนวนที่รับไว้ตามเดิม กำหนดการจะถูกคัดลอกและเลื่อนเวลาไปเท่ากัน ไม่คัดลอกการลงทะเบียน</translation>
    </message>
    <message>
        <source>Create the copy</source>
        <translation>สร้างสำเนา</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>ไม่มีกำหนดปิด</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>SSC Desktop hit an unexpected problem: %1

Everything already confirmed is saved in the database. Details were written to %2.</source>
        <translation>SSC Desktop พบปัญหาที่ไม่คาดคิด: %1

ข้อมูลทั้งหมดที่ยืนยันแล้วถูกบันทึกไว้ในฐานข้อมูล รายละเอียดถูกเขียนไว้ที่ %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>ส่งออกรายงาน PDF…</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>came</source>
        <translation>มาร่วมงาน</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>ไม่มา</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>อัตราการเข้าร่วม</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>contest winners</source>
        <translation>ผู้ชนะการประกวด</translation>
    </message>
    <message>
        <source>Arrivals per hour (local time)</source>
        <translation>จำนวนผู้มาถึงต่อชั่วโมง (เวลาท้องถิ่น)</translation>
    </message>
    <message>
        <source>By country: registered and came</source>
        <translation>ตามประเทศ: ลงทะเบียนและมาร่วมงาน</translation>
    </message>
    <message>
        <source>By role: registered and came</source>
        <translation>ตามบทบาท: ลงทะเบียนและมาร่วมงาน</translation>
    </message>
    <message>
        <source>Notes for the report</source>
        <translation>หมายเหตุสำหรับรายงาน</translation>
    </message>
    <message>
        <source>A few lines for the secretariat: what went well, what to change…</source>
        <translation>สรุปสั้น ๆ สำหรับสำนักเลขาธิการ: สิ่งที่ทำได้ดี สิ่งที่ควรปรับปรุง…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>บันทึกหมายเหตุ</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>เปิดรายงาน</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to see it at a glance.</source>
        <translation>เลือกกิจกรรมในแถบด้านบนเพื่อดูภาพรวม</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Saved with the event.</source>
        <translation>บันทึกไว้กับกิจกรรมแล้ว</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Save the reunion report</source>
        <translation>บันทึกรายงานงานพบปะศิษย์เก่า</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reunion report - %1</source>
        <translation>รายงานงานพบปะศิษย์เก่า - %1</translation>
    </message>
    <message>
        <source>Wrote the reunion report to %1.</source>
        <translation>เขียนรายงานงานพบปะศิษย์เก่าลงใน %1 แล้ว</translation>
    </message>
    <message>
        <source>Reunion report</source>
        <translation>รายงานงานพบปะศิษย์เก่า</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>ยกเลิกแล้ว ไม่ได้เขียนไฟล์ใด</translation>
    </message>
</context>
<context>
    <name>DatabaseInUseDialog</name>
    <message>
        <source>Database already open</source>
        <translation>ฐานข้อมูลเปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>This database is open in SSC Desktop on %1 since %2 (process %3).</source>
        <translation>ฐานข้อมูลนี้เปิดอยู่ใน SSC Desktop บน %1 ตั้งแต่ %2 (โพรเซส %3)</translation>
    </message>
    <message>
        <source>%1

Two apps writing one file can check a person in twice. Close it there first, or open it read-only here: you can see everything, but change nothing.</source>
        <translation>%1

หากสองแอปเขียนไฟล์เดียวกัน อาจเช็คอินคนเดียวกันซ้ำสองครั้ง ปิดฐานข้อมูลที่เครื่องนั้นก่อน หรือเปิดแบบอ่านอย่างเดียวที่นี่ ซึ่งจะดูได้ทุกอย่างแต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>เปิดแบบอ่านอย่างเดียว(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>Read-only: this database is open in SSC Desktop on %1 (since %2). You can look at everything here, but changes are refused. To work here, close it there, then open it again.</source>
        <translation>อ่านอย่างเดียว: ฐานข้อมูลนี้เปิดอยู่ใน SSC Desktop บน %1 (ตั้งแต่ %2) ดูข้อมูลได้ทั้งหมดที่นี่ แต่จะแก้ไขไม่ได้ หากต้องการทำงานที่นี่ ให้ปิดที่เครื่องนั้น แล้วเปิดที่นี่อีกครั้ง</translation>
    </message>
    <message>
        <source>Automatic backup taken at %1.</source>
        <translation>สำรองข้อมูลอัตโนมัติแล้วเมื่อ %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>สำรองข้อมูลอัตโนมัติไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>This is a shared database server: its backups are the server&apos;s own. Ask its administrator. Before each upgrade of its schema this laptop keeps a copy of it in %1. To see or export what one held, copy it to another folder and open that with File &gt; Open database…</source>
        <translation>นี่คือเซิร์ฟเวอร์ฐานข้อมูลที่ใช้ร่วมกัน: การสำรองข้อมูลเป็นของเซิร์ฟเวอร์เอง โปรดสอบถามผู้ดูแลระบบ ก่อนการอัปเกรดสคีมาแต่ละครั้ง แล็ปท็อปนี้จะเก็บสำเนาไว้ที่ %1 หากต้องการดูหรือส่งออกข้อมูล ให้คัดลอกไปยังโฟลเดอร์อื่นแล้วเปิดด้วย ไฟล์ &gt; เปิดฐานข้อมูล…</translation>
    </message>
    <message>
        <source>This is a shared database server: its backups are the server&apos;s own. Ask its administrator.</source>
        <translation>นี่คือเซิร์ฟเวอร์ฐานข้อมูลที่ใช้ร่วมกัน ข้อมูลสำรองเป็นของเซิร์ฟเวอร์เอง โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>This database is open read-only, because another SSC Desktop has it open. Restore it there, or close it there and open it here again.</source>
        <translation>ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว เพราะ SSC Desktop อีกเครื่องเปิดอยู่ ให้กู้คืนที่เครื่องนั้น หรือปิดที่เครื่องนั้นแล้วเปิดที่นี่ใหม่</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was is kept as a backup too.</source>
        <translation>กู้คืนข้อมูลสำรองของ %1 แล้ว ฐานข้อมูลสภาพก่อนกู้คืนก็เก็บไว้เป็นข้อมูลสำรองด้วย</translation>
    </message>
</context>
<context>
    <name>DeskFiles</name>
    <message>
        <source>Desk file</source>
        <translation>ไฟล์โต๊ะ</translation>
    </message>
    <message>
        <source>Passphrase of the desk file %1:</source>
        <translation>วลีรหัสผ่านของไฟล์โต๊ะ %1:</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <source>&amp;Desks</source>
        <translation>โต๊ะ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Prepare desk…</source>
        <translation>เตรียมโต๊ะ(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Merge desks…</source>
        <translation>รวมข้อมูลโต๊ะ(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>เลือกกิจกรรมก่อน</translation>
    </message>
    <message>
        <source>The desk file could not be saved; it is tried again in a minute. Nothing is lost.</source>
        <translation>บันทึกไฟล์โต๊ะไม่ได้ ระบบจะลองใหม่ในอีกหนึ่งนาที ข้อมูลไม่สูญหาย</translation>
    </message>
</context>
<context>
    <name>DeskNameDialog</name>
    <message>
        <source>Name this desk</source>
        <translation>ตั้งชื่อโต๊ะนี้</translation>
    </message>
    <message>
        <source>Which desk is this laptop? Each check-in made here is recorded with this name, and the amber &quot;already checked in&quot; verdict tells other desks where it was.</source>
        <translation>แล็ปท็อปเครื่องนี้คือโต๊ะใด การเช็คอินทุกครั้งที่นี่จะบันทึกด้วยชื่อนี้ และผลสีเหลือง &quot;เช็คอินไปแล้ว&quot; จะบอกโต๊ะอื่นว่าเช็คอินที่ใด</translation>
    </message>
    <message>
        <source>e.g. Door A</source>
        <translation>เช่น ทางเข้า A</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>ชื่อโต๊ะ</translation>
    </message>
    <message>
        <source>Remembered on this laptop; change it any time in the station&apos;s bar.</source>
        <translation>จดจำไว้บนแล็ปท็อปเครื่องนี้ เปลี่ยนได้ทุกเมื่อในแถบของสถานี</translation>
    </message>
</context>
<context>
    <name>DeskNoteDialog</name>
    <message>
        <source>Desk note</source>
        <translation>บันทึกสำหรับโต๊ะ</translation>
    </message>
    <message>
        <source>Shown to the desk when this person checks in. One point a line.</source>
        <translation>แสดงให้โต๊ะเห็นเมื่อบุคคลนี้เช็คอิน บรรทัดละหนึ่งเรื่อง</translation>
    </message>
    <message>
        <source>e.g. Vegetarian meal
Hand over the speaker gift</source>
        <translation>เช่น อาหารมังสวิรัติ
มอบของที่ระลึกให้วิทยากร</translation>
    </message>
    <message>
        <source>Vegetarian meal</source>
        <translation>อาหารมังสวิรัติ</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>ทางสำหรับรถเข็น</translation>
    </message>
    <message>
        <source>Collect certificate at the desk</source>
        <translation>รับใบประกาศนียบัตรที่โต๊ะ</translation>
    </message>
    <message>
        <source>Clear note</source>
        <translation>ล้างบันทึก</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 จาก %2 ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The file {location} is not an SSC Desktop database: it holds another program&apos;s tables ({tables}). It was left exactly as it was. Choose your SSC Desktop database, or a new file name to start one.</source>
        <translation>ไฟล์ {location} ไม่ใช่ฐานข้อมูล SSC Desktop เพราะมีตารางของโปรแกรมอื่น ({tables}) ไฟล์ยังคงอยู่ตามเดิมทุกประการ เลือกฐานข้อมูล SSC Desktop ของคุณ หรือตั้งชื่อไฟล์ใหม่เพื่อเริ่มฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>The database {location} needs an upgrade for this version, and a backup copy is made first, but it could not be: {detail} The database was not changed. Free some space or make its folder writable, then open it again.</source>
        <translation>ฐานข้อมูล {location} ต้องอัปเกรดสำหรับเวอร์ชันนี้ และต้องทำสำเนาสำรองก่อน แต่ทำไม่ได้: {detail} ฐานข้อมูลไม่ได้ถูกเปลี่ยนแปลง เพิ่มพื้นที่ว่างหรือทำให้โฟลเดอร์เขียนได้ แล้วเปิดใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The database {location} (schema {found}) needs an upgrade for this version, which cannot be done read-only. Open it for writing once it is closed in the other app, or open it there.</source>
        <translation>ฐานข้อมูล {location} (สคีมา {found}) ต้องอัปเกรดสำหรับเวอร์ชันนี้ ซึ่งทำไม่ได้ในโหมดอ่านอย่างเดียว เปิดแบบเขียนได้เมื่อแอปอื่นปิดแล้ว หรือเปิดที่เครื่องนั้น</translation>
    </message>
    <message>
        <source>Automatic backups and restoring are for database files; {location} is a shared server. Ask its administrator for the server&apos;s own backups.</source>
        <translation>การสำรองข้อมูลอัตโนมัติและการกู้คืนใช้ได้กับไฟล์ฐานข้อมูลเท่านั้น {location} เป็นเซิร์ฟเวอร์ที่ใช้ร่วมกัน โปรดขอข้อมูลสำรองของเซิร์ฟเวอร์จากผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>There are no backups of {location} yet (they are kept in {folder}).</source>
        <translation>ยังไม่มีข้อมูลสำรองของ {location} (เก็บไว้ใน {folder})</translation>
    </message>
    <message>
        <source>This laptop has no copy of the shared server {location} yet: one is taken here, in {folder}, before this app upgrades the server&apos;s schema. For anything else, ask the server&apos;s administrator for its own backups.</source>
        <translation>แล็ปท็อปนี้ยังไม่มีสำเนาของเซิร์ฟเวอร์ที่ใช้ร่วมกัน {location}: จะมีการทำสำเนาที่นี่ ใน {folder} ก่อนที่แอปนี้จะอัปเกรดสคีมาของเซิร์ฟเวอร์ สำหรับเรื่องอื่น โปรดขอข้อมูลสำรองของเซิร์ฟเวอร์จากผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>{name} is a copy of the shared server {location}, taken on this laptop before an upgrade. SSC Desktop does not write a copy back over a server other desks may be using. To see or export what it holds, put it in a database file of its own and open that: ssc --db SERVER backup restore {name} --to FILE. To restore the server, ask its administrator.</source>
        <translation>{name} เป็นสำเนาของเซิร์ฟเวอร์ที่ใช้ร่วมกัน {location} ที่ทำไว้ในแล็ปท็อปนี้ก่อนการอัปเกรด SSC Desktop จะไม่เขียนสำเนาทับเซิร์ฟเวอร์ที่โต๊ะอื่นอาจกำลังใช้ หากต้องการดูหรือส่งออกข้อมูล ให้ใส่ลงในไฟล์ฐานข้อมูลแยกแล้วเปิด: ssc --db SERVER backup restore {name} --to FILE หากต้องการกู้คืนเซิร์ฟเวอร์ โปรดสอบถามผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the restored copy.</source>
        <translation>{path} มีอยู่แล้ว เลือกชื่อไฟล์ใหม่สำหรับสำเนาที่กู้คืน</translation>
    </message>
    <message>
        <source>There is no backup {name} of {location}. See the list with: ssc backup list</source>
        <translation>ไม่มีข้อมูลสำรอง {name} ของ {location} ดูรายการได้ด้วยคำสั่ง: ssc backup list</translation>
    </message>
    <message>
        <source>The backup {path} is damaged, so it was not restored; your database was not changed. Choose an older backup.</source>
        <translation>ข้อมูลสำรอง {path} เสียหาย จึงไม่ได้กู้คืน ฐานข้อมูลของคุณไม่ได้ถูกเปลี่ยนแปลง โปรดเลือกข้อมูลสำรองที่เก่ากว่า</translation>
    </message>
    <message>
        <source>The backup {path} could not be restored ({detail}); your database was not changed. Close any other program using the database, then try again.</source>
        <translation>กู้คืนข้อมูลสำรอง {path} ไม่ได้ ({detail}) ฐานข้อมูลของคุณไม่ได้ถูกเปลี่ยนแปลง ปิดโปรแกรมอื่นที่ใช้ฐานข้อมูลอยู่ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This database was opened read-only, so it cannot be restored here. Close the other SSC Desktop that has it open, then open it again.</source>
        <translation>ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว จึงกู้คืนที่นี่ไม่ได้ ปิด SSC Desktop อีกเครื่องที่เปิดอยู่ แล้วเปิดใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Another SSC Desktop on this laptop (process {pid}, since {since}) is already the desk {station} of this event on {location}. Two apps on one local copy could lose what it keeps while the server is away: give this desk another name, or close the other one first.</source>
        <translation>SSC Desktop อีกตัวในแล็ปท็อปนี้ (โปรเซส {pid} ตั้งแต่ {since}) เป็นโต๊ะ {station} ของงานนี้บน {location} อยู่แล้ว หากสองแอปใช้สำเนาในเครื่องเดียวกัน อาจทำให้สิ่งที่เก็บไว้ระหว่างที่เซิร์ฟเวอร์ไม่อยู่สูญหายได้ ให้ตั้งชื่ออื่นให้โต๊ะนี้ หรือปิดอีกตัวก่อน</translation>
    </message>
    <message>
        <source>The database {location} is open in SSC Desktop on {host} (process {pid}) since {since}. Two apps writing one file can check a person in twice: close it there first, or open it read-only.</source>
        <translation>ฐานข้อมูล {location} เปิดอยู่ใน SSC Desktop บน {host} (โพรเซส {pid}) ตั้งแต่ {since} หากสองแอปเขียนไฟล์เดียวกัน อาจเช็คอินคนเดียวกันซ้ำสองครั้ง ปิดที่เครื่องนั้นก่อน หรือเปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>Layout {value!r} is not known; use one of: {layouts}.</source>
        <translation>ไม่รู้จักรูปแบบ {value!r} ใช้ค่าใดค่าหนึ่งต่อไปนี้: {layouts}</translation>
    </message>
    <message>
        <source>Nobody to print for {event}: no registered person matches.</source>
        <translation>ไม่มีผู้ที่จะพิมพ์ให้สำหรับ {event}: ไม่มีผู้ลงทะเบียนที่ตรงเงื่อนไข</translation>
    </message>
    <message>
        <source>Cannot write badges to {path!r}: use a file name ending in .pdf.</source>
        <translation>เขียนป้ายชื่อไปที่ {path!r} ไม่ได้ ใช้ชื่อไฟล์ที่ลงท้ายด้วย .pdf</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; tickets are written into a folder.</source>
        <translation>{path} เป็นไฟล์ ไม่ใช่โฟลเดอร์ บัตรจะเขียนลงในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Registration {registration} is cancelled and has no ticket.</source>
        <translation>การลงทะเบียน {registration} ถูกยกเลิกแล้วและไม่มีบัตร</translation>
    </message>
    <message>
        <source>No e-mail server is set up yet: enter it under File → E-mail settings (or `ssc smtp set`).</source>
        <translation>ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล ตั้งค่าได้ที่ ไฟล์ → การตั้งค่าอีเมล (หรือ `ssc smtp set`)</translation>
    </message>
    <message>
        <source>The e-mail server needs a host name.</source>
        <translation>เซิร์ฟเวอร์อีเมลต้องมีชื่อโฮสต์</translation>
    </message>
    <message>
        <source>Port {value!r} is not a port number (1–65535).</source>
        <translation>พอร์ต {value!r} ไม่ใช่หมายเลขพอร์ต (1–65535)</translation>
    </message>
    <message>
        <source>Security {value!r} is not known; use one of: {choices}.</source>
        <translation>ไม่รู้จักการรักษาความปลอดภัย {value!r} ใช้ค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>{value!r} is not an e-mail address.</source>
        <translation>{value!r} ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Could not reach the e-mail server {host}:{port}: {detail}</source>
        <translation>ติดต่อเซิร์ฟเวอร์อีเมล {host}:{port} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>The e-mail server {host}:{port} refused a secure connection: {detail}</source>
        <translation>เซิร์ฟเวอร์อีเมล {host}:{port} ปฏิเสธการเชื่อมต่อแบบปลอดภัย: {detail}</translation>
    </message>
    <message>
        <source>The e-mail server did not accept the user name {user!r} and its password.</source>
        <translation>เซิร์ฟเวอร์อีเมลไม่ยอมรับชื่อผู้ใช้ {user!r} และรหัสผ่าน</translation>
    </message>
    <message>
        <source>Sending to {to} failed: {detail}</source>
        <translation>ส่งถึง {to} ไม่สำเร็จ: {detail}</translation>
    </message>
    <message>
        <source>{name} has no e-mail address.</source>
        <translation>{name} ไม่มีที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>The e-mail server refused {to}: {detail}</source>
        <translation>เซิร์ฟเวอร์อีเมลปฏิเสธ {to}: {detail}</translation>
    </message>
    <message>
        <source>A certificate template named {name!r} already exists.</source>
        <translation>มีแม่แบบใบประกาศนียบัตรชื่อ {name!r} อยู่แล้ว</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>แม่แบบต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The template needs a title (for example “Certificate of Contribution”).</source>
        <translation>แม่แบบต้องมีหัวเรื่อง (เช่น “Certificate of Contribution”)</translation>
    </message>
    <message>
        <source>The template {template!r} is not for {kind} certificates.</source>
        <translation>แม่แบบ {template!r} ไม่ได้มีไว้สำหรับใบประกาศนียบัตรประเภท {kind}</translation>
    </message>
    <message>
        <source>{value!r} is not a colour; write it as #RRGGBB, for example #b4235a.</source>
        <translation>{value!r} ไม่ใช่ค่าสี ให้เขียนเป็น #RRGGBB เช่น #b4235a</translation>
    </message>
    <message>
        <source>The wording uses {names}, which is not known; use {known}.</source>
        <translation>ข้อความใช้ {names} ซึ่งไม่รู้จัก ให้ใช้ {known}</translation>
    </message>
    <message>
        <source>Minutes online cannot be negative ({value}).</source>
        <translation>จำนวนนาทีออนไลน์ติดลบไม่ได้ ({value})</translation>
    </message>
    <message>
        <source>Nobody gets a {kind} certificate for {event} yet.</source>
        <translation>ยังไม่มีผู้ได้รับใบประกาศนียบัตรประเภท {kind} สำหรับ {event}</translation>
    </message>
    <message>
        <source>{number!r} is not a genuine certificate number: its last part does not match (mistyped, or made up). Check it letter by letter against the certificate.</source>
        <translation>{number!r} ไม่ใช่เลขที่ใบประกาศนียบัตรที่แท้จริง ส่วนท้ายไม่ตรงกัน (พิมพ์ผิดหรือปลอมขึ้น) ตรวจสอบกับใบประกาศนียบัตรทีละตัวอักษร</translation>
    </message>
    <message>
        <source>This is not the text of a certificate&apos;s QR code (it should start with SSC-CERT/1 and have 7 lines).</source>
        <translation>นี่ไม่ใช่ข้อความจากคิวอาร์โค้ดของใบประกาศนียบัตร (ต้องขึ้นต้นด้วย SSC-CERT/1 และมี 7 บรรทัด)</translation>
    </message>
    <message>
        <source>NOT genuine: the signature does not match. The text was changed, or the certificate was not issued with this public key.</source>
        <translation>ไม่ใช่ของแท้: ลายเซ็นไม่ตรงกัน ข้อความถูกแก้ไข หรือใบประกาศนียบัตรไม่ได้ออกด้วยกุญแจสาธารณะนี้</translation>
    </message>
    <message>
        <source>{file} is not an SSC Desktop public key (a PEM file written by `ssc certificate public-key`).</source>
        <translation>{file} ไม่ใช่กุญแจสาธารณะของ SSC Desktop (ไฟล์ PEM ที่สร้างด้วย `ssc certificate public-key`)</translation>
    </message>
    <message>
        <source>To check a certificate without the database, give the issuer&apos;s public key with --key FILE.</source>
        <translation>หากต้องการตรวจสอบใบประกาศนียบัตรโดยไม่ใช้ฐานข้อมูล ให้ระบุกุญแจสาธารณะของผู้ออกด้วย --key FILE</translation>
    </message>
    <message>
        <source>No certificate has the number {number!r}: it was not issued by this database.</source>
        <translation>ไม่มีใบประกาศนียบัตรเลขที่ {number!r} ฐานข้อมูลนี้ไม่ได้ออกใบนี้</translation>
    </message>
    <message>
        <source>Say what the contribution was (for example “for organizing the reunion”).</source>
        <translation>โปรดระบุว่ามีส่วนสนับสนุนอะไร (เช่น “สำหรับการจัดงานพบปะศิษย์เก่า”)</translation>
    </message>
    <message>
        <source>Award certificates need the contests&apos; results, which are not available here.</source>
        <translation>ใบประกาศนียบัตรรางวัลต้องใช้ผลการประกวด ซึ่งไม่มีในที่นี้</translation>
    </message>
    <message>
        <source>Cannot write certificates to {path!r}: use a file name ending in .pdf.</source>
        <translation>เขียนใบประกาศนียบัตรไปที่ {path!r} ไม่ได้ ใช้ชื่อไฟล์ที่ลงท้ายด้วย .pdf</translation>
    </message>
    <message>
        <source>Say where to write the certificates with -o PATH (or only look with --dry-run).</source>
        <translation>ระบุที่เขียนใบประกาศนียบัตรด้วย -o PATH (หรือดูอย่างเดียวด้วย --dry-run)</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; one PDF per person is written into a folder.</source>
        <translation>{path} เป็นไฟล์ ไม่ใช่โฟลเดอร์ PDF รายบุคคลจะเขียนลงในโฟลเดอร์</translation>
    </message>
    <message>
        <source>A check-in list needs a name.</source>
        <translation>รายการเช็คอินต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The list name is {length} characters long; at most {limit} fit.</source>
        <translation>ชื่อรายการยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>This event already has a check-in list named “{name}”.</source>
        <translation>กิจกรรมนี้มีรายการเช็คอินชื่อ “{name}” อยู่แล้ว</translation>
    </message>
    <message>
        <source>Programme item {item_id} (“{item}”) belongs to another event.</source>
        <translation>รายการในกำหนดการ {item_id} (“{item}”) เป็นของกิจกรรมอื่น</translation>
    </message>
    <message>
        <source>“{name}” has {count} check-ins; delete it with them only on purpose (force).</source>
        <translation>“{name}” มีการเช็คอิน {count} ครั้ง ลบพร้อมการเช็คอินเหล่านั้นได้เฉพาะเมื่อตั้งใจเท่านั้น (force)</translation>
    </message>
    <message>
        <source>The desk note is {length} characters long; at most {limit} fit.</source>
        <translation>บันทึกสำหรับโต๊ะยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>Cannot read the codes from {path}: {detail}</source>
        <translation>อ่านรหัสจาก {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>A desk file&apos;s passphrase needs at least {minimum} characters.</source>
        <translation>วลีรหัสผ่านของไฟล์โต๊ะต้องมีอย่างน้อย {minimum} ตัวอักษร</translation>
    </message>
    <message>
        <source>Cannot open the desk file {path}: the passphrase is wrong, or the file is damaged. Type the passphrase given when the desk was prepared.</source>
        <translation>เปิดไฟล์โต๊ะ {path} ไม่ได้ วลีรหัสผ่านผิด หรือไฟล์เสียหาย พิมพ์วลีรหัสผ่านที่ได้รับตอนเตรียมโต๊ะ</translation>
    </message>
    <message>
        <source>{path} is not an SSC desk file (make one with Prepare desk… or `ssc desk prepare`).</source>
        <translation>{path} ไม่ใช่ไฟล์โต๊ะของ SSC (สร้างได้ด้วย เตรียมโต๊ะ… หรือ `ssc desk prepare`)</translation>
    </message>
    <message>
        <source>Cannot read the desk file {path}: {detail}</source>
        <translation>อ่านไฟล์โต๊ะ {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>This database is itself a desk: prepare desks from the coordinator&apos;s main database.</source>
        <translation>ฐานข้อมูลนี้เป็นไฟล์โต๊ะอยู่แล้ว ให้เตรียมโต๊ะจากฐานข้อมูลหลักของผู้ประสานงาน</translation>
    </message>
    <message>
        <source>The desk file is for event {event_id}, which this database does not have: merge it into the database it was prepared from.</source>
        <translation>ไฟล์โต๊ะนี้เป็นของกิจกรรม {event_id} ซึ่งไม่มีในฐานข้อมูลนี้ ให้รวมเข้ากับฐานข้อมูลที่ใช้เตรียมไฟล์นี้</translation>
    </message>
    <message>
        <source>{path} is a desk file protected by a passphrase: set SSC_DESK_PASSPHRASE, or run this in a terminal to be asked for it.</source>
        <translation>{path} เป็นไฟล์โต๊ะที่ป้องกันด้วยวลีรหัสผ่าน ตั้งค่า SSC_DESK_PASSPHRASE หรือเรียกใช้คำสั่งนี้ในเทอร์มินัลเพื่อให้ระบบถาม</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was written. Try again.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน ไม่ได้เขียนสิ่งใด โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{path} is a desk file: it opens only with its passphrase.</source>
        <translation>{path} เป็นไฟล์โต๊ะ เปิดได้ด้วยวลีรหัสผ่านเท่านั้น</translation>
    </message>
    <message>
        <source>{member} was checked in again after this desk&apos;s check-in (at “{station}”): nothing was undone here. If that later check-in is the mistake, undo it at that desk.</source>
        <translation>{member} ได้เช็กอินอีกครั้งหลังการเช็กอินที่โต๊ะนี้ (ที่ “{station}”): ไม่ได้ยกเลิกสิ่งใดที่นี่ หากการเช็กอินครั้งหลังนั้นผิดพลาด ให้ยกเลิกที่โต๊ะนั้น</translation>
    </message>
    <message>
        <source>{member} has been checked out since this desk&apos;s check-in: nothing was undone, the visit stays on record.</source>
        <translation>{member} ได้เช็กเอาต์แล้วหลังการเช็กอินที่โต๊ะนี้: ไม่ได้ยกเลิกสิ่งใด การมาร่วมงานยังคงอยู่ในบันทึก</translation>
    </message>
    <message>
        <source>There is no contest {contest_id}.</source>
        <translation>ไม่มีการประกวด {contest_id}</translation>
    </message>
    <message>
        <source>There is no contest entry {entry_id}.</source>
        <translation>ไม่มีผลงานประกวด {entry_id}</translation>
    </message>
    <message>
        <source>There is no judge {judge_id}.</source>
        <translation>ไม่มีกรรมการ {judge_id}</translation>
    </message>
    <message>
        <source>The rubric has no criterion {criterion_id}.</source>
        <translation>เกณฑ์การให้คะแนนไม่มีหัวข้อประเมิน {criterion_id}</translation>
    </message>
    <message>
        <source>Contest kind {value!r} is not known; use one of: {kinds}.</source>
        <translation>ไม่รู้จักประเภทการประกวด {value!r} ใช้ค่าใดค่าหนึ่งต่อไปนี้: {kinds}</translation>
    </message>
    <message>
        <source>Method {value!r} is not known; use one of: {methods}.</source>
        <translation>ไม่รู้จักวิธี {value!r} ใช้ค่าใดค่าหนึ่งต่อไปนี้: {methods}</translation>
    </message>
    <message>
        <source>A contest needs a title.</source>
        <translation>การประกวดต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Each entry needs at least one judge (got {value}).</source>
        <translation>ผลงานแต่ละชิ้นต้องมีกรรมการอย่างน้อยหนึ่งคน (ได้ {value})</translation>
    </message>
    <message>
        <source>Judging closes before it opens.</source>
        <translation>เวลาปิดการตัดสินอยู่ก่อนเวลาเปิด</translation>
    </message>
    <message>
        <source>Categories must be named and each named once.</source>
        <translation>หมวดหมู่ต้องมีชื่อ และแต่ละชื่อใช้ได้ครั้งเดียว</translation>
    </message>
    <message>
        <source>Category “{category}” still has entries; move them before removing it.</source>
        <translation>หมวดหมู่ “{category}” ยังมีผลงานอยู่ ย้ายผลงานออกก่อนนำหมวดหมู่ออก</translation>
    </message>
    <message>
        <source>Criterion {position} needs a name.</source>
        <translation>หัวข้อประเมินที่ {position} ต้องมีชื่อ</translation>
    </message>
    <message>
        <source>“{criterion}”: the weight must be a positive number (got {value}).</source>
        <translation>“{criterion}”: น้ำหนักต้องเป็นจำนวนบวก (ได้ {value})</translation>
    </message>
    <message>
        <source>“{criterion}”: the scale {low}–{high} in steps of {step} does not work; the top must be above the bottom and reached in whole steps.</source>
        <translation>“{criterion}”: ระดับคะแนน {low}–{high} ทีละ {step} ใช้ไม่ได้ ค่าสูงสุดต้องมากกว่าค่าต่ำสุดและไปถึงได้ด้วยขั้นเต็ม</translation>
    </message>
    <message>
        <source>{spec!r} is not a criterion; write NAME:WEIGHT:MIN-MAX or NAME:WEIGHT:MIN-MAX:STEP, e.g. &quot;Originality:2:1-10&quot;.</source>
        <translation>{spec!r} ไม่ใช่หัวข้อประเมิน ให้เขียนเป็น NAME:WEIGHT:MIN-MAX หรือ NAME:WEIGHT:MIN-MAX:STEP เช่น &quot;Originality:2:1-10&quot;</translation>
    </message>
    <message>
        <source>{spec!r} is not a level guide; write NAME:LEVELS=TEXT|LEVELS=TEXT, e.g. &quot;Originality:1-3=Repeats known work|8-10=A new question&quot;.</source>
        <translation>{spec!r} ไม่ใช่คำอธิบายระดับ ให้เขียนเป็น NAME:LEVELS=TEXT|LEVELS=TEXT เช่น &quot;Originality:1-3=Repeats known work|8-10=A new question&quot;</translation>
    </message>
    <message>
        <source>The rubric has no criterion {name!r}; it has: {names}.</source>
        <translation>เกณฑ์การให้คะแนนไม่มีหัวข้อประเมิน {name!r} หัวข้อที่มีคือ: {names}</translation>
    </message>
    <message>
        <source>A rubric needs at least one criterion.</source>
        <translation>เกณฑ์การให้คะแนนต้องมีหัวข้อประเมินอย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
        <source>The rubric cannot change: judges have already given {scores} scores.</source>
        <translation>เปลี่ยนเกณฑ์การให้คะแนนไม่ได้ กรรมการให้คะแนนไปแล้ว {scores} รายการ</translation>
    </message>
    <message>
        <source>“{title}” is locked: scores, results and awards are frozen.</source>
        <translation>“{title}” ถูกล็อกแล้ว: คะแนน ผลการประกวด และรางวัลถูกตรึงไว้</translation>
    </message>
    <message>
        <source>An entry needs a code (for example P-01).</source>
        <translation>ผลงานต้องมีรหัส (เช่น P-01)</translation>
    </message>
    <message>
        <source>Entry code {code!r} is longer than 20 characters.</source>
        <translation>รหัสผลงาน {code!r} ยาวเกิน 20 ตัวอักษร</translation>
    </message>
    <message>
        <source>Entry {code} needs a title.</source>
        <translation>ผลงาน {code} ต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Entry code {code} is already used in this contest.</source>
        <translation>รหัสผลงาน {code} ถูกใช้ในการประกวดนี้แล้ว</translation>
    </message>
    <message>
        <source>Entry {code}: category {category!r} is not one of this contest&apos;s: {categories}.</source>
        <translation>ผลงาน {code}: หมวดหมู่ {category!r} ไม่ใช่หมวดหมู่ของการประกวดนี้: {categories}</translation>
    </message>
    <message>
        <source>Attached files need a database file on this computer.</source>
        <translation>ไฟล์แนบต้องใช้ไฟล์ฐานข้อมูลบนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>ไม่มี {file} อยู่</translation>
    </message>
    <message>
        <source>A judge needs a name.</source>
        <translation>กรรมการต้องมีชื่อ</translation>
    </message>
    <message>
        <source>{name} is already a judge of this contest.</source>
        <translation>{name} เป็นกรรมการของการประกวดนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits (6 or more are suggested).</source>
        <translation>PIN ต้องมี 4 ถึง 12 หลัก (แนะนำ 6 หลักขึ้นไป)</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s PIN.</source>
        <translation>นั่นไม่ใช่ PIN ของ {name}</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s PIN. After {tries} wrong PINs in a row, wait {seconds} seconds before the next try (longer after each further wrong PIN).</source>
        <translation>นั่นไม่ใช่ PIN ของ {name} หลังจากใส่ PIN ผิด {tries} ครั้งติดกัน ต้องรอ {seconds} วินาทีก่อนลองครั้งต่อไป (และนานขึ้นทุกครั้งที่ผิดซ้ำ)</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {name}: wait {seconds} seconds, then try again.</source>
        <translation>ใส่ PIN ของ {name} ผิดหลายครั้งเกินไป โปรดรอ {seconds} วินาที แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Add judges before assigning entries.</source>
        <translation>เพิ่มกรรมการก่อนมอบหมายผลงาน</translation>
    </message>
    <message>
        <source>The judge and the entry belong to different contests.</source>
        <translation>กรรมการและผลงานอยู่คนละการประกวด</translation>
    </message>
    <message>
        <source>{judge} declared a conflict with {code}.</source>
        <translation>{judge} แจ้งผลประโยชน์ทับซ้อนกับ {code}</translation>
    </message>
    <message>
        <source>{judge} has already scored {code}; the assignment stays.</source>
        <translation>{judge} ให้คะแนน {code} ไปแล้ว การมอบหมายยังคงอยู่</translation>
    </message>
    <message>
        <source>{judge} is not assigned to entry {code}.</source>
        <translation>{judge} ไม่ได้รับมอบหมายผลงาน {code}</translation>
    </message>
    <message>
        <source>“{criterion}”: {value} is not on the scale {scale}.</source>
        <translation>“{criterion}”: {value} ไม่อยู่ในระดับคะแนน {scale}</translation>
    </message>
    <message>
        <source>Place {place} is not an award (1, 2, 3, or 4 for an honourable mention).</source>
        <translation>อันดับ {place} ไม่ใช่รางวัล (1, 2, 3 หรือ 4 สำหรับรางวัลชมเชย)</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s); nothing was imported.
{problems}</source>
        <translation>{file}: พบปัญหา {count} รายการ ไม่ได้นำเข้าสิ่งใด
{problems}</translation>
    </message>
    <message>
        <source>{file} has no entries below its header row.</source>
        <translation>{file} ไม่มีผลงานใต้แถวหัวตาราง</translation>
    </message>
    <message>
        <source>{file}: no column for {columns} in the header row (found: {found}).</source>
        <translation>{file}: ไม่มีคอลัมน์สำหรับ {columns} ในแถวหัวตาราง (พบ: {found})</translation>
    </message>
    <message>
        <source>{count} problem(s) in the judge sheets; nothing was imported.
{problems}</source>
        <translation>พบปัญหา {count} รายการในใบให้คะแนนของกรรมการ ไม่ได้นำเข้าสิ่งใด
{problems}</translation>
    </message>
    <message>
        <source>No judge sheets (.xlsx) found in {folder}.</source>
        <translation>ไม่พบใบให้คะแนนของกรรมการ (.xlsx) ใน {folder}</translation>
    </message>
    <message>
        <source>Cannot export to {path!r}: use a file name ending in .pdf or .xlsx.</source>
        <translation>ส่งออกไปที่ {path!r} ไม่ได้ ใช้ชื่อไฟล์ที่ลงท้ายด้วย .pdf หรือ .xlsx</translation>
    </message>
    <message>
        <source>Judging of {title} opens at {opens}; scores cannot be entered yet.</source>
        <translation>การตัดสิน {title} จะเปิดเมื่อ {opens} ยังใส่คะแนนไม่ได้</translation>
    </message>
    <message>
        <source>Judging of {title} closed at {closes}; ask the coordinator to reopen it.</source>
        <translation>การตัดสิน {title} ปิดไปแล้วเมื่อ {closes} โปรดขอให้ผู้ประสานงานเปิดอีกครั้ง</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>เกิดข้อผิดพลาด: {detail}</translation>
    </message>
    <message>
        <source>No {kind} with {key} {value!r}.</source>
        <translation>ไม่พบ {kind} ที่มี {key} เป็น {value!r}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The database could not be used: {detail}</source>
        <translation>ใช้ฐานข้อมูลไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>Cannot open the database {location}: {detail}</source>
        <translation>เปิดฐานข้อมูล {location} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>The database {location} was made by a newer version of SSC Desktop (schema {found}; this version knows up to {known}). Update SSC Desktop to open it.</source>
        <translation>ฐานข้อมูล {location} สร้างด้วย SSC Desktop เวอร์ชันที่ใหม่กว่า (สคีมา {found} แต่เวอร์ชันนี้รู้จักถึง {known}) โปรดอัปเดต SSC Desktop เพื่อเปิดฐานข้อมูลนี้</translation>
    </message>
    <message>
        <source>Could not write the backup copy {destination}: {detail}</source>
        <translation>เขียนสำเนาสำรอง {destination} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>A chapter needs a name.</source>
        <translation>สาขาต้องมีชื่อ</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>กิจกรรมต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The event ends ({ends}) before it starts ({starts}).</source>
        <translation>กิจกรรมสิ้นสุด ({ends}) ก่อนเริ่ม ({starts})</translation>
    </message>
    <message>
        <source>Unknown time zone {timezone!r}; use a name such as Asia/Kolkata.</source>
        <translation>ไม่รู้จักเขตเวลา {timezone!r} ใช้ชื่อเช่น Asia/Bangkok</translation>
    </message>
    <message>
        <source>Capacity must be a positive whole number, not {capacity!r}.</source>
        <translation>จำนวนที่รับต้องเป็นจำนวนเต็มบวก ไม่ใช่ {capacity!r}</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation>{field}: {value!r} ไม่ใช่วันที่และเวลา (ใช้ YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>Format must be face-to-face, online or hybrid, not {value!r}.</source>
        <translation>รูปแบบต้องเป็น face-to-face, online หรือ hybrid ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <source>A member needs a name in Latin letters.</source>
        <translation>สมาชิกต้องมีชื่อเป็นอักษรละติน</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address.</source>
        <translation>{email!r} ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Visit year {year!r} is outside 2014-{latest}.</source>
        <translation>ปีที่เยือน {year!r} อยู่นอกช่วง 2014-{latest}</translation>
    </message>
    <message>
        <source>{member} is already registered for this event.</source>
        <translation>{member} ลงทะเบียนกิจกรรมนี้แล้ว</translation>
    </message>
    <message>
        <source>The registration of {member} is cancelled.</source>
        <translation>การลงทะเบียนของ {member} ถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>{member} is waitlisted and cannot be checked in yet.</source>
        <translation>{member} อยู่ในรายชื่อรอ จึงยังเช็คอินไม่ได้</translation>
    </message>
    <message>
        <source>{member} was already checked in at {time}.</source>
        <translation>{member} เช็คอินไปแล้วเมื่อ {time}</translation>
    </message>
    <message>
        <source>{member} has no check-in to undo.</source>
        <translation>{member} ไม่มีการเช็คอินให้ยกเลิก</translation>
    </message>
    <message>
        <source>{member} is not checked in, so cannot be checked out.</source>
        <translation>{member} ยังไม่ได้เช็คอิน จึงเช็คเอาต์ไม่ได้</translation>
    </message>
    <message>
        <source>The demo reunion needs an empty database, and {location} already holds {members} members. Use --db with a new file.</source>
        <translation>งานพบปะศิษย์เก่าตัวอย่างต้องใช้ฐานข้อมูลว่าง แต่ {location} มีสมาชิกอยู่แล้ว {members} คน ใช้ --db กับไฟล์ใหม่</translation>
    </message>
    <message>
        <source>The database {location} cannot be used right now. This step was not saved; everything confirmed before it is.</source>
        <translation>ขณะนี้ใช้ฐานข้อมูล {location} ไม่ได้ ขั้นตอนนี้ไม่ได้บันทึก แต่ทุกอย่างที่ยืนยันก่อนหน้านี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>The database server ({location}) cannot be reached: it stopped, or the network is down. Check the server and the Wi-Fi or cable, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ฐานข้อมูล ({location}) ไม่ได้ เซิร์ฟเวอร์หยุดทำงานหรือเครือข่ายขัดข้อง ตรวจสอบเซิร์ฟเวอร์และ Wi-Fi หรือสายแลน แล้วลองอีกครั้ง ขั้นตอนนี้ไม่ได้บันทึก แต่ทุกอย่างที่ยืนยันก่อนหน้านี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>The database server ({location}) is refusing new connections (too many open). Close SSC Desktop on a laptop that no longer needs it, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>เซิร์ฟเวอร์ฐานข้อมูล ({location}) ปฏิเสธการเชื่อมต่อใหม่ (เปิดการเชื่อมต่อไว้มากเกินไป) ปิด SSC Desktop บนแล็ปท็อปที่ไม่ต้องใช้แล้ว แล้วลองอีกครั้ง ขั้นตอนนี้ไม่ได้บันทึก แต่ทุกอย่างที่ยืนยันก่อนหน้านี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>The database {location} is busy: another program or laptop is holding it. Wait a moment and try again; if it stays busy, close the other program that has the file open. This step was not saved; everything confirmed before it is.</source>
        <translation>ฐานข้อมูล {location} ไม่ว่าง โปรแกรมหรือแล็ปท็อปอื่นกำลังใช้อยู่ รอสักครู่แล้วลองอีกครั้ง หากยังไม่ว่าง ให้ปิดโปรแกรมอื่นที่เปิดไฟล์นี้อยู่ ขั้นตอนนี้ไม่ได้บันทึก แต่ทุกอย่างที่ยืนยันก่อนหน้านี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>The disk holding the database {location} is full. Free some space on it, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>ดิสก์ที่เก็บฐานข้อมูล {location} เต็ม เพิ่มพื้นที่ว่างแล้วลองอีกครั้ง ขั้นตอนนี้ไม่ได้บันทึก แต่ทุกอย่างที่ยืนยันก่อนหน้านี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>The database {location} cannot be written: the file, its folder or the server is read-only. Make it writable or open a copy of it you can write to (File &gt; Open database). This step was not saved; everything confirmed before it is.</source>
        <translation>เขียนฐานข้อมูล {location} ไม่ได้ ไฟล์ โฟลเดอร์ หรือเซิร์ฟเวอร์เป็นแบบอ่านอย่างเดียว ทำให้เขียนได้ หรือเปิดสำเนาที่เขียนได้ (ไฟล์ &gt; เปิดฐานข้อมูล) ขั้นตอนนี้ไม่ได้บันทึก แต่ทุกอย่างที่ยืนยันก่อนหน้านี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>The database {location} is damaged, or is not an SSC Desktop database. Open your latest backup copy (File &gt; Open database), or ask for help before using this file again.</source>
        <translation>ฐานข้อมูล {location} เสียหาย หรือไม่ใช่ฐานข้อมูล SSC Desktop เปิดสำเนาสำรองล่าสุด (ไฟล์ &gt; เปิดฐานข้อมูล) หรือขอความช่วยเหลือก่อนใช้ไฟล์นี้อีก</translation>
    </message>
    <message>
        <source>SSC Desktop is not allowed to use the database {location}: check the file&apos;s permissions, or the server&apos;s user name and password. This step was not saved; everything confirmed before it is.</source>
        <translation>SSC Desktop ไม่ได้รับอนุญาตให้ใช้ฐานข้อมูล {location} ตรวจสอบสิทธิ์ของไฟล์ หรือชื่อผู้ใช้และรหัสผ่านของเซิร์ฟเวอร์ ขั้นตอนนี้ไม่ได้บันทึก แต่ทุกอย่างที่ยืนยันก่อนหน้านี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>The database file {location} cannot be opened: its folder is missing or cannot be read. Check that the drive is connected and the folder exists. This step was not saved; everything confirmed before it is.</source>
        <translation>เปิดไฟล์ฐานข้อมูล {location} ไม่ได้ ไม่พบโฟลเดอร์หรืออ่านโฟลเดอร์ไม่ได้ ตรวจสอบว่าเชื่อมต่อไดรฟ์แล้วและโฟลเดอร์มีอยู่จริง ขั้นตอนนี้ไม่ได้บันทึก แต่ทุกอย่างที่ยืนยันก่อนหน้านี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>The disk holding the database {location} reported a read or write error. Check the drive (a USB stick pulled out?) and copy the database somewhere safe. This step was not saved; everything confirmed before it is.</source>
        <translation>ดิสก์ที่เก็บฐานข้อมูล {location} แจ้งข้อผิดพลาดในการอ่านหรือเขียน ตรวจสอบไดรฟ์ (มีการถอด USB ออกหรือไม่) และคัดลอกฐานข้อมูลไปเก็บไว้ในที่ปลอดภัย ขั้นตอนนี้ไม่ได้บันทึก แต่ทุกอย่างที่ยืนยันก่อนหน้านี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>The database ran out of memory. Close other programs, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>ฐานข้อมูลใช้หน่วยความจำจนหมด ปิดโปรแกรมอื่นแล้วลองอีกครั้ง ขั้นตอนนี้ไม่ได้บันทึก แต่ทุกอย่างที่ยืนยันก่อนหน้านี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Details were written to {log}.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ({detail}) รายละเอียดถูกเขียนไว้ใน {log}</translation>
    </message>
    <message>
        <source>Cannot write {path!r}: use a file name ending in {formats}.</source>
        <translation>เขียน {path!r} ไม่ได้ ใช้ชื่อไฟล์ที่ลงท้ายด้วย {formats}</translation>
    </message>
    <message>
        <source>Cannot write the sign-in sheet to {path!r}: use a file name ending in .pdf.</source>
        <translation>เขียนใบลงชื่อไปที่ {path!r} ไม่ได้ ใช้ชื่อไฟล์ที่ลงท้ายด้วย .pdf</translation>
    </message>
    <message>
        <source>Cannot write the attendance sheet to {path!r}: use a file name ending in .xlsx.</source>
        <translation>เขียนตารางผู้เข้าร่วมไปที่ {path!r} ไม่ได้ ใช้ชื่อไฟล์ที่ลงท้ายด้วย .xlsx</translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}</source>
        <translation>เขียน {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>Cannot write the report to {path!r}: use a file name ending in .pdf.</source>
        <translation>เขียนรายงานไปที่ {path!r} ไม่ได้ ใช้ชื่อไฟล์ที่ลงท้ายด้วย .pdf</translation>
    </message>
    <message>
        <source>The notes are {length} characters; keep them under {limit}.</source>
        <translation>หมายเหตุยาว {length} ตัวอักษร โปรดให้สั้นกว่า {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>“{name}” has {code_point} ‹{char}›, which no bundled font can draw: it prints as an empty box.</source>
        <translation>“{name}” มี {code_point} ‹{char}› ซึ่งไม่มีฟอนต์ที่มาพร้อมโปรแกรมใดวาดได้ จึงจะพิมพ์ออกมาเป็นกล่องว่าง</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again, or ask the coordinator.</source>
        <translation>PIN ไม่ถูกต้อง โปรดลองอีกครั้ง หรือสอบถามผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait {seconds} seconds, then try again.</source>
        <translation>ใส่ PIN ผิดหลายครั้งเกินไป โปรดรอ {seconds} วินาที แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Enter your PIN again.</source>
        <translation>โปรดใส่ PIN อีกครั้ง</translation>
    </message>
    <message>
        <source>The phone sent something the laptop does not understand; reload the page.</source>
        <translation>โทรศัพท์ส่งข้อมูลที่แล็ปท็อปไม่เข้าใจ โปรดโหลดหน้าใหม่</translation>
    </message>
    <message>
        <source>The laptop could not save this. Your scores are kept on this phone and sent again in a moment; if it keeps failing, tell the coordinator.</source>
        <translation>แล็ปท็อปบันทึกข้อมูลนี้ไม่ได้ คะแนนของคุณยังเก็บอยู่ในโทรศัพท์เครื่องนี้และจะส่งอีกครั้งในไม่ช้า หากยังไม่สำเร็จ โปรดแจ้งผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Cannot serve on {host} port {port}: {reason}. Choose another port or network.</source>
        <translation>ให้บริการบน {host} พอร์ต {port} ไม่ได้: {reason} โปรดเลือกพอร์ตหรือเครือข่ายอื่น</translation>
    </message>
    <message>
        <source>A port is a number from 1024 to 65535 (or 0 for any free port); got {port}.</source>
        <translation>พอร์ตคือตัวเลขตั้งแต่ 1024 ถึง 65535 (หรือ 0 สำหรับพอร์ตใดก็ได้ที่ว่าง) แต่ได้ {port}</translation>
    </message>
    <message>
        <source>The judges&apos; server is already running at {url}.</source>
        <translation>เซิร์ฟเวอร์ของกรรมการทำงานอยู่แล้วที่ {url}</translation>
    </message>
    <message>
        <source>A member has no field {field!r}; the fields are: {fields}.</source>
        <translation>สมาชิกไม่มีฟิลด์ {field!r} ฟิลด์ที่มีคือ: {fields}</translation>
    </message>
    <message>
        <source>Gender {value!r} is not one of: {choices}.</source>
        <translation>เพศ {value!r} ไม่ใช่ค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>Visit year {value!r} is not a year (write it as 2019, or leave it empty).</source>
        <translation>ปีที่เยือน {value!r} ไม่ใช่ปี (เขียนเป็น 2019 หรือเว้นว่างไว้)</translation>
    </message>
    <message>
        <source>Member {id} cannot be merged with itself; choose two different members.</source>
        <translation>สมาชิก {id} รวมกับตัวเองไม่ได้ โปรดเลือกสมาชิกสองคนที่ต่างกัน</translation>
    </message>
    <message>
        <source>For {field}, choose keep or remove, not {choice!r}.</source>
        <translation>สำหรับ {field} ให้เลือก keep หรือ remove ไม่ใช่ {choice!r}</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field to edit.</source>
        <translation>ไม่มีสิ่งที่จะเปลี่ยน ระบุอย่างน้อยหนึ่งฟิลด์ที่จะแก้ไข</translation>
    </message>
    <message>
        <source>{file} is not a participant report of Zoom, Microsoft Teams or Google Meet: no row has their column names (for example “Join Time” and “Leave Time”).</source>
        <translation>{file} ไม่ใช่รายงานผู้เข้าร่วมของ Zoom, Microsoft Teams หรือ Google Meet เพราะไม่มีแถวใดมีชื่อคอลัมน์ของโปรแกรมเหล่านี้ (เช่น “Join Time” และ “Leave Time”)</translation>
    </message>
    <message>
        <source>{file} lists no participants.</source>
        <translation>{file} ไม่มีรายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>{file} is of another day: its times fall on {dates}, and the event is from {first} to {last}. Import it only if it is this event&apos;s meeting all the same.</source>
        <translation>{file} เป็นของวันอื่น เวลาในไฟล์อยู่ในวันที่ {dates} แต่กิจกรรมจัดตั้งแต่ {first} ถึง {last} นำเข้าเฉพาะเมื่อเป็นการประชุมของกิจกรรมนี้จริง ๆ</translation>
    </message>
    <message>
        <source>{file} was imported already (as {other}): the same report, or the same meeting and start. Importing it again would count everyone twice; replace the earlier import instead.</source>
        <translation>นำเข้า {file} ไปแล้ว (ในชื่อ {other}) เป็นรายงานเดียวกัน หรือการประชุมเดียวกันที่เริ่มเวลาเดียวกัน หากนำเข้าอีกจะนับทุกคนซ้ำสองครั้ง ให้แทนที่การนำเข้าครั้งก่อนแทน</translation>
    </message>
    <message>
        <source>{file} is a registration report: it says who registered, not who attended. Export the participant (or attendee) report of the meeting instead.</source>
        <translation>{file} เป็นรายงานการลงทะเบียน ซึ่งบอกว่าใครลงทะเบียน ไม่ใช่ใครเข้าร่วม ให้ส่งออกรายงานผู้เข้าร่วม (participant หรือ attendee) ของการประชุมแทน</translation>
    </message>
    <message>
        <source>{file} writes dates both day first and month first; export the report again with one date format.</source>
        <translation>{file} เขียนวันที่ทั้งแบบวันขึ้นก่อนและเดือนขึ้นก่อน โปรดส่งออกรายงานใหม่โดยใช้รูปแบบวันที่เดียว</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: {value!r} is not a date and time.</source>
        <translation>{file} แถว {row} คอลัมน์ {column}: {value!r} ไม่ใช่วันที่และเวลา</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: {value!r} is not a duration (e.g. 45, 1h 5m 3s).</source>
        <translation>{file} แถว {row} คอลัมน์ {column}: {value!r} ไม่ใช่ระยะเวลา (เช่น 45, 1h 5m 3s)</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the person left before joining.</source>
        <translation>{file} แถว {row} คอลัมน์ {column}: ผู้เข้าร่วมออกก่อนเข้า</translation>
    </message>
    <message>
        <source>Registration {registration} is not one of this event&apos;s.</source>
        <translation>การลงทะเบียน {registration} ไม่ใช่ของกิจกรรมนี้</translation>
    </message>
    <message>
        <source>A programme item needs a title.</source>
        <translation>รายการในกำหนดการต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>“{title}” ends ({ends}) before it starts ({starts}).</source>
        <translation>“{title}” สิ้นสุด ({ends}) ก่อนเริ่ม ({starts})</translation>
    </message>
    <message>
        <source>A programme time must carry its time zone.</source>
        <translation>เวลาในกำหนดการต้องระบุเขตเวลา</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a time (use HH:MM or YYYY-MM-DD HH:MM).</source>
        <translation>{field}: {value!r} ไม่ใช่เวลา (ใช้ HH:MM หรือ YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>Kind {value!r} is not known; use one of: {kinds}.</source>
        <translation>ไม่รู้จักประเภท {value!r} ใช้ค่าใดค่าหนึ่งต่อไปนี้: {kinds}</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; at most {limit} fit.</source>
        <translation>{field} ยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>Speaker {position} needs a name (or choose a member).</source>
        <translation>วิทยากรคนที่ {position} ต้องมีชื่อ (หรือเลือกจากสมาชิก)</translation>
    </message>
    <message>
        <source>{count} members match {text!r}; give the e-mail address instead.</source>
        <translation>มีสมาชิก {count} คนตรงกับ {text!r} โปรดระบุที่อยู่อีเมลแทน</translation>
    </message>
    <message>
        <source>{detail}: “{item}” overlaps “{other}” in the same room.</source>
        <translation>{detail}: “{item}” ซ้อนทับกับ “{other}” ในห้องเดียวกัน</translation>
    </message>
    <message>
        <source>{detail} speaks in “{item}” and “{other}” at the same time.</source>
        <translation>{detail} บรรยายใน “{item}” และ “{other}” ในเวลาเดียวกัน</translation>
    </message>
    <message>
        <source>“{item}” starts before the event begins.</source>
        <translation>“{item}” เริ่มก่อนกิจกรรมเริ่ม</translation>
    </message>
    <message>
        <source>“{item}” ends after the event is over.</source>
        <translation>“{item}” สิ้นสุดหลังกิจกรรมจบ</translation>
    </message>
    <message>
        <source>The registration deadline ({deadline}) is after the event ends ({ends}).</source>
        <translation>กำหนดปิดรับสมัคร ({deadline}) อยู่หลังวันสิ้นสุดกิจกรรม ({ends})</translation>
    </message>
    <message>
        <source>Registration for {event} closed at {deadline}. A coordinator can still register a late sign-up on purpose, or register the person as a walk-in on the day.</source>
        <translation>การลงทะเบียนสำหรับ {event} ปิดไปแล้วเมื่อ {deadline} ผู้ประสานงานยังลงทะเบียนผู้สมัครล่าช้าได้หากตั้งใจ หรือลงทะเบียนหน้างานในวันงาน</translation>
    </message>
    <message>
        <source>The registration of {member} is already cancelled.</source>
        <translation>การลงทะเบียนของ {member} ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <source>The registration of {member} is not cancelled; there is nothing to restore.</source>
        <translation>การลงทะเบียนของ {member} ไม่ได้ถูกยกเลิก จึงไม่มีสิ่งที่ต้องคืนสถานะ</translation>
    </message>
    <message>
        <source>{member} is checked in; undo the check-in before cancelling the registration.</source>
        <translation>{member} เช็คอินแล้ว ยกเลิกการเช็คอินก่อนยกเลิกการลงทะเบียน</translation>
    </message>
    <message>
        <source>{member} is registered already: check them in at the desk instead.</source>
        <translation>{member} ลงทะเบียนไว้แล้ว ให้เช็คอินที่โต๊ะแทน</translation>
    </message>
    <message>
        <source>Role must be one of {roles}, not {value!r}.</source>
        <translation>บทบาทต้องเป็นค่าใดค่าหนึ่งใน {roles} ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <source>Status must be one of {statuses}, not {value!r}.</source>
        <translation>สถานะต้องเป็นค่าใดค่าหนึ่งใน {statuses} ไม่ใช่ {value!r}</translation>
    </message>
    <message>
        <source>No member matches: {criteria}.</source>
        <translation>ไม่มีสมาชิกที่ตรงกับ: {criteria}</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>ไม่มีไฟล์ {file}</translation>
    </message>
    <message>
        <source>{file} is {size_mb} MB; rosters up to {limit_mb} MB can be imported. Is this the right file? Save only the roster sheet as .xlsx or .csv.</source>
        <translation>{file} มีขนาด {size_mb} MB แต่นำเข้ารายชื่อสมาชิกได้ไม่เกิน {limit_mb} MB ไฟล์นี้ถูกต้องหรือไม่ ให้บันทึกเฉพาะแผ่นงานรายชื่อเป็น .xlsx หรือ .csv</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} ว่างเปล่า</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet: it is a {found}. Choose an .xlsx, .xls, .ods or .csv file.</source>
        <translation>{file} ไม่ใช่สเปรดชีต แต่เป็น {found} โปรดเลือกไฟล์ .xlsx, .xls, .ods หรือ .csv</translation>
    </message>
    <message>
        <source>{file} is named like an Excel workbook but is not one (it may have been renamed). Open it in Excel and save it as .xlsx or .csv.</source>
        <translation>{file} ตั้งชื่อเหมือนเวิร์กบุ๊ก Excel แต่ไม่ใช่ (อาจถูกเปลี่ยนชื่อ) เปิดไฟล์ใน Excel แล้วบันทึกเป็น .xlsx หรือ .csv</translation>
    </message>
    <message>
        <source>{file}: {suffix} files cannot be imported; save the roster as .xlsx, .xls, .ods or .csv.</source>
        <translation>{file}: นำเข้าไฟล์ {suffix} ไม่ได้ โปรดบันทึกรายชื่อสมาชิกเป็น .xlsx, .xls, .ods หรือ .csv</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and cannot be read as an Excel workbook ({detail}).</source>
        <translation>{file} เสียหายหรือไม่สมบูรณ์ อ่านเป็นเวิร์กบุ๊ก Excel ไม่ได้ ({detail})</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: the workbook is damaged near row {row} ({detail}).</source>
        <translation>{file} แผ่นงาน {sheet}: เวิร์กบุ๊กเสียหายบริเวณแถว {row} ({detail})</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet!r}.</source>
        <translation>{file} ไม่มีแผ่นงานชื่อ {sheet!r}</translation>
    </message>
    <message>
        <source>{file}: more than {limit} rows; split the roster into smaller files.</source>
        <translation>{file}: มีมากกว่า {limit} แถว โปรดแบ่งรายชื่อสมาชิกเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file: it holds binary data.</source>
        <translation>{file} ไม่ใช่ไฟล์ข้อความ (CSV) เพราะมีข้อมูลไบนารี</translation>
    </message>
    <message>
        <source>{file}, line {line}: the CSV cannot be read ({detail}).</source>
        <translation>{file} บรรทัด {line}: อ่าน CSV ไม่ได้ ({detail})</translation>
    </message>
    <message>
        <source>{file}, line {line}: a cell holds more than {limit} characters, which no roster cell does; the file is probably not a CSV table, or a quote mark is never closed.</source>
        <translation>{file} บรรทัด {line}: มีเซลล์ที่ยาวเกิน {limit} ตัวอักษร ซึ่งเซลล์ในรายชื่อสมาชิกไม่ควรยาวขนาดนี้ ไฟล์อาจไม่ใช่ตาราง CSV หรือมีเครื่องหมายคำพูดที่ไม่ได้ปิด</translation>
    </message>
    <message>
        <source>{file} could not be read: {detail}</source>
        <translation>อ่าน {file} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>{file} mixes text encodings: line {line} is not {encoding} like the rest. Save the file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} ใช้การเข้ารหัสข้อความปนกัน บรรทัด {line} ไม่ใช่ {encoding} เหมือนบรรทัดอื่น โปรดบันทึกไฟล์ใหม่จาก Excel เป็น &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>The text encoding of {file} cannot be recognised (first unreadable line: {line}). Save the file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>ไม่สามารถระบุการเข้ารหัสข้อความของ {file} ได้ (บรรทัดแรกที่อ่านไม่ได้: {line}) โปรดบันทึกไฟล์ใหม่จาก Excel เป็น &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>{file}: cannot tell whether the fields are separated by {candidates}. Save the file again from Excel as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>{file}: ไม่สามารถระบุได้ว่าฟิลด์คั่นด้วย {candidates} โปรดบันทึกไฟล์ใหม่จาก Excel เป็น &quot;CSV UTF-8 (comma delimited)&quot;</translation>
    </message>
    <message>
        <source>{where}: the sheet is empty.</source>
        <translation>{where}: แผ่นงานว่างเปล่า</translation>
    </message>
    <message>
        <source>{where}: no header row found in the first {rows} rows. The roster needs a row naming its columns, e.g. Name, E-mail, Country (or 氏名, メール, 国・地域).</source>
        <translation>{where}: ไม่พบแถวหัวตารางใน {rows} แถวแรก รายชื่อสมาชิกต้องมีแถวที่ระบุชื่อคอลัมน์ เช่น Name, E-mail, Country (หรือ 氏名, メール, 国・地域)</translation>
    </message>
    <message>
        <source>{where}: row {row} is blank and cannot be the header row.</source>
        <translation>{where}: แถว {row} ว่างเปล่า จึงเป็นแถวหัวตารางไม่ได้</translation>
    </message>
    <message>
        <source>{where}: there is no row {row}.</source>
        <translation>{where}: ไม่มีแถว {row}</translation>
    </message>
    <message>
        <source>{field!r} is not a member field.</source>
        <translation>{field!r} ไม่ใช่ฟิลด์ของสมาชิก</translation>
    </message>
    <message>
        <source>Two columns are mapped to the same field ({field}); only text fields and name parts can be combined from several columns.</source>
        <translation>มีสองคอลัมน์จับคู่กับฟิลด์เดียวกัน ({field}) รวมหลายคอลัมน์ได้เฉพาะฟิลด์ข้อความและส่วนของชื่อเท่านั้น</translation>
    </message>
    <message>
        <source>{count} columns are mapped to {field}; at most {limit} columns can be combined.</source>
        <translation>มี {count} คอลัมน์จับคู่กับ {field} รวมได้ไม่เกิน {limit} คอลัมน์</translation>
    </message>
    <message>
        <source>{file}: no column is mapped to the member&apos;s name.</source>
        <translation>{file}: ไม่มีคอลัมน์ใดจับคู่กับชื่อสมาชิก</translation>
    </message>
    <message>
        <source>{value!r} is not a duplicate choice; use update, skip or keep-both.</source>
        <translation>{value!r} ไม่ใช่ตัวเลือกสำหรับรายการซ้ำ ใช้ update, skip หรือ keep-both</translation>
    </message>
    <message>
        <source>No name: the row has no name in Latin letters.</source>
        <translation>ไม่มีชื่อ: แถวนี้ไม่มีชื่อเป็นอักษรละติน</translation>
    </message>
    <message>
        <source>{value!r} is not a year.</source>
        <translation>{value!r} ไม่ใช่ปี</translation>
    </message>
    <message>
        <source>Visit year {value} is outside {first}-{latest}.</source>
        <translation>ปีที่เยือน {value} อยู่นอกช่วง {first}-{latest}</translation>
    </message>
    <message>
        <source>The cell cannot be read ({value}).</source>
        <translation>อ่านเซลล์ไม่ได้ ({value})</translation>
    </message>
    <message>
        <source>{value!r} is not a known gender; stored as not stated.</source>
        <translation>{value!r} ไม่ใช่เพศที่รู้จัก บันทึกเป็น “ไม่ระบุ”</translation>
    </message>
    <message>
        <source>Hidden characters that can change how the text shows were removed: {characters}. Imported as {value!r}.</source>
        <translation>นำอักขระซ่อนที่อาจเปลี่ยนการแสดงผลข้อความออกแล้ว: {characters} นำเข้าเป็น {value!r}</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… และอีก %1 รายการ</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>There is no event with id %1 in this database.

Events in it:
%2</source>
        <translation>ไม่มีกิจกรรมรหัส %1 ในฐานข้อมูลนี้

กิจกรรมที่มี:
%2</translation>
    </message>
    <message>
        <source>No such event</source>
        <translation>ไม่มีกิจกรรมนี้</translation>
    </message>
    <message>
        <source>The badge could not be made</source>
        <translation>สร้างป้ายชื่อไม่ได้</translation>
    </message>
    <message>
        <source>Badge ready to print: %1</source>
        <translation>ป้ายชื่อพร้อมพิมพ์: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>ซ้ำกับ</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>จับคู่ด้วย</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>แถว %1: %2</translation>
    </message>
    <message>
        <source>Stored member: %1 %2</source>
        <translation>สมาชิกที่มีอยู่: %1 %2</translation>
    </message>
    <message>
        <source>Name and country</source>
        <translation>ชื่อและประเทศ</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>When:</source>
        <translation>เวลา:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>ออนไลน์:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>จำนวนที่รับ:</translation>
    </message>
    <message>
        <source>Sign-ups close:</source>
        <translation>ปิดรับสมัคร:</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>เช็คอินแล้ว</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>ในรายชื่อรอ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Work on this event</source>
        <translation>ทำงานกับกิจกรรมนี้</translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation>ยังไม่มีกิจกรรม</translation>
    </message>
    <message>
        <source>Create the first event with “New event…”.</source>
        <translation>สร้างกิจกรรมแรกด้วย “กิจกรรมใหม่…”</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>ไม่มีกำหนดปิด</translation>
    </message>
    <message>
        <source>Places taken: %1 of %2</source>
        <translation>ที่นั่งที่ใช้แล้ว: %1 จาก %2</translation>
    </message>
    <message>
        <source>Places taken: %1 (no limit)</source>
        <translation>ที่นั่งที่ใช้แล้ว: %1 (ไม่จำกัด)</translation>
    </message>
    <message>
        <source>Arrived: %1 of %2 registered</source>
        <translation>มาถึงแล้ว: %1 จาก %2 คนที่ลงทะเบียน</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>กิจกรรมใหม่</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>แก้ไขกิจกรรม</translation>
    </message>
    <message>
        <source>e.g. 4th SSC India Reunion</source>
        <translation>เช่น งานพบปะศิษย์เก่า SSC อินเดีย ครั้งที่ 4</translation>
    </message>
    <message>
        <source>Chapter name, e.g. SSC India</source>
        <translation>ชื่อสาขา เช่น SSC India</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>Close sign-ups at</source>
        <translation>ปิดรับสมัครเมื่อ</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ชื่อกิจกรรม:</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>สาขา:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>เขตเวลา:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>เริ่ม:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>สิ้นสุด:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <source>Online link:</source>
        <translation>ลิงก์ออนไลน์:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>จำนวนที่รับ:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>การลงทะเบียน:</translation>
    </message>
    <message>
        <source>Beyond the capacity, sign-ups join a waitlist; raising the capacity later gives the first of them a place.</source>
        <translation>เมื่อเกินจำนวนที่รับ ผู้สมัครจะเข้ารายชื่อรอ หากเพิ่มจำนวนที่รับภายหลัง ผู้ที่อยู่ลำดับแรกจะได้ที่นั่ง</translation>
    </message>
    <message>
        <source>No online link yet: tickets sent now will not tell online participants how to join. Add the link here before the tickets go out.</source>
        <translation>ยังไม่มีลิงก์ออนไลน์: บัตรที่ส่งตอนนี้จะไม่บอกผู้เข้าร่วมออนไลน์ว่าจะเข้าร่วมอย่างไร โปรดเพิ่มลิงก์ที่นี่ก่อนส่งบัตร</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>สร้างกิจกรรม</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>รายชื่อรอ</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>เช็คอินแล้ว</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Reunions, seminars and webinars of your chapters.</source>
        <translation>งานพบปะศิษย์เก่า สัมมนา และเว็บบินาร์ของสาขาคุณ</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>กิจกรรมใหม่…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>ทำสำเนา…</translation>
    </message>
    <message>
        <source>A new event like this one on a new date, with its programme</source>
        <translation>กิจกรรมใหม่แบบเดียวกับกิจกรรมนี้ในวันใหม่ พร้อมกำหนดการ</translation>
    </message>
    <message>
        <source>%1 promoted from the waitlist: %2</source>
        <translation>เลื่อนจากรายชื่อรอ %1 คน: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Created “%1” on %2 with %3 programme items.</source>
        <translation>สร้าง “%1” ในวันที่ %2 พร้อมรายการในกำหนดการ %3 รายการแล้ว</translation>
    </message>
    <message>
        <source>Work on this event</source>
        <translation>ทำงานกับกิจกรรมนี้</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>Exports</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>came</source>
        <translation>มาร่วมงาน</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>ไม่มา</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>อัตราการเข้าร่วม</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>ที่สถานที่จัดงาน</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>แสดงในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Attendance sheet (.xlsx)</source>
        <translation>ตารางผู้เข้าร่วม (.xlsx)</translation>
    </message>
    <message>
        <source>One row per registration with both names, chapter, country, affiliation, role, check-in and check-out times in the event&apos;s time zone, and a column per check-in list; a summary sheet by role, country, affiliation, gender and arrival hour.</source>
        <translation>หนึ่งแถวต่อการลงทะเบียนหนึ่งรายการ พร้อมชื่อทั้งสองแบบ สาขา ประเทศ สังกัด บทบาท เวลาเช็คอินและเช็คเอาต์ตามเขตเวลาของกิจกรรม และหนึ่งคอลัมน์ต่อรายการเช็คอิน รวมทั้งแผ่นงานสรุปตามบทบาท ประเทศ สังกัด เพศ และชั่วโมงที่มาถึง</translation>
    </message>
    <message>
        <source>All registrations</source>
        <translation>การลงทะเบียนทั้งหมด</translation>
    </message>
    <message>
        <source>Only those who came</source>
        <translation>เฉพาะผู้ที่มาร่วมงาน</translation>
    </message>
    <message>
        <source>Only no-shows (registered, did not come)</source>
        <translation>เฉพาะผู้ที่ไม่มา (ลงทะเบียนแต่ไม่ได้มา)</translation>
    </message>
    <message>
        <source>Save attendance sheet…</source>
        <translation>บันทึกตารางผู้เข้าร่วม…</translation>
    </message>
    <message>
        <source>Paper sign-in sheet (PDF)</source>
        <translation>ใบลงชื่อแบบกระดาษ (PDF)</translation>
    </message>
    <message>
        <source>Everyone registered, A to Z, with their name in their own script and a signature column; the event and page numbers on every page. Print it before the doors open: it is the backup when the laptop fails.</source>
        <translation>ทุกคนที่ลงทะเบียน เรียงตาม A ถึง Z พร้อมชื่ออักษรท้องถิ่นและช่องลงลายมือชื่อ มีชื่อกิจกรรมและเลขหน้าทุกหน้า พิมพ์ไว้ก่อนเปิดประตู ใช้เป็นแผนสำรองเมื่อแล็ปท็อปขัดข้อง</translation>
    </message>
    <message>
        <source>Save sign-in sheet…</source>
        <translation>บันทึกใบลงชื่อ…</translation>
    </message>
    <message>
        <source>Online attendance (Zoom, Teams, Meet)</source>
        <translation>การเข้าร่วมออนไลน์ (Zoom, Teams, Meet)</translation>
    </message>
    <message>
        <source>Import the participant report the meeting tool exports; people are matched by e-mail, then by name. The attendance sheet then says how each person attended and for how long.</source>
        <translation>นำเข้ารายงานผู้เข้าร่วมที่ส่งออกจากโปรแกรมประชุม ระบบจับคู่ด้วยอีเมลก่อน แล้วจึงจับคู่ด้วยชื่อ จากนั้นตารางผู้เข้าร่วมจะบอกว่าแต่ละคนเข้าร่วมแบบใดและนานเท่าใด</translation>
    </message>
    <message>
        <source>Import a report…</source>
        <translation>นำเข้ารายงาน…</translation>
    </message>
    <message>
        <source>Match by hand…</source>
        <translation>จับคู่เอง…</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>ลบรายงาน</translation>
    </message>
    <message>
        <source>Roster (.xlsx or .csv)</source>
        <translation>รายชื่อสมาชิก (.xlsx หรือ .csv)</translation>
    </message>
    <message>
        <source>The chapter roster, filtered here; no event needed. The .csv opens in Excel with every script intact (UTF-8 with BOM).</source>
        <translation>รายชื่อสมาชิกของสาขาตามตัวกรองที่นี่ ไม่ต้องเลือกกิจกรรม ไฟล์ .csv เปิดใน Excel ได้โดยอักษรทุกภาษาไม่เพี้ยน (UTF-8 พร้อม BOM)</translation>
    </message>
    <message>
        <source>Search any script, e.g. sharma iit</source>
        <translation>ค้นหาด้วยอักษรใดก็ได้ เช่น sharma iit</translation>
    </message>
    <message>
        <source>Save roster…</source>
        <translation>บันทึกรายชื่อสมาชิก…</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>สาขา:</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <source>Choose an event in the bar above for its attendance sheet and sign-in sheet; the roster needs no event.</source>
        <translation>เลือกกิจกรรมในแถบด้านบนเพื่อสร้างตารางผู้เข้าร่วมและใบลงชื่อ ส่วนรายชื่อสมาชิกไม่ต้องเลือกกิจกรรม</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Check-in lists (each a column of the sheet): %1</source>
        <translation>รายการเช็คอิน (แต่ละรายการเป็นหนึ่งคอลัมน์ในตาราง): %1</translation>
    </message>
    <message>
        <source>No check-in lists besides the door.</source>
        <translation>ไม่มีรายการเช็คอินนอกจากทางเข้า</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 people, %4 matched</source>
        <translation>%1 · %2 · %3 คน จับคู่แล้ว %4 คน</translation>
    </message>
    <message>
        <source>No online report imported yet.</source>
        <translation>ยังไม่ได้นำเข้ารายงานออนไลน์</translation>
    </message>
    <message>
        <source>%1 participants still to match by hand.</source>
        <translation>ผู้เข้าร่วม %1 คนยังต้องจับคู่เอง</translation>
    </message>
    <message>
        <source>Import a participant report</source>
        <translation>นำเข้ารายงานผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Participant reports (*.csv *.xlsx *.txt)</source>
        <translation>รายงานผู้เข้าร่วม (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation>นำเข้าต่อหรือไม่</translation>
    </message>
    <message>
        <source>Replace the earlier import with this one?</source>
        <translation>แทนที่การนำเข้าครั้งก่อนด้วยรายงานนี้หรือไม่</translation>
    </message>
    <message>
        <source>Imported %1 people from %2: %3 matched.</source>
        <translation>นำเข้า %1 คนจาก %2 แล้ว: จับคู่ได้ %3 คน</translation>
    </message>
    <message>
        <source>Delete this imported report and its minutes?</source>
        <translation>ลบรายงานที่นำเข้านี้พร้อมจำนวนนาทีทั้งหมดหรือไม่</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>บันทึกตารางผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>บันทึกใบลงชื่อ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the roster</source>
        <translation>บันทึกรายชื่อสมาชิก</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx);;CSV สำหรับ Excel (*.csv)</translation>
    </message>
    <message>
        <source>Reading who came…</source>
        <translation>กำลังอ่านข้อมูลผู้ที่มาร่วมงาน…</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>เขียน %1 แถวลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>ตารางผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>Wrote the sign-in sheet for %1 people to %2.</source>
        <translation>เขียนใบลงชื่อสำหรับ %1 คนลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>ใบลงชื่อ</translation>
    </message>
    <message>
        <source>Wrote %1 members to %2.</source>
        <translation>เขียนสมาชิก %1 คนลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>รายชื่อสมาชิก</translation>
    </message>
    <message>
        <source>%1 not written</source>
        <translation>ไม่ได้เขียน%1</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>ยกเลิกแล้ว ไม่ได้เขียนไฟล์ใด</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster</source>
        <translation>เลือกรายชื่อสมาชิก</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, as your chapter keeps it. Title rows above the header, Japanese column names and CSV in any common encoding are fine.</source>
        <translation>เวิร์กบุ๊ก Excel (.xlsx) หรือไฟล์ CSV ตามที่สาขาของคุณใช้อยู่ มีแถวชื่อเรื่องเหนือหัวตาราง ใช้ชื่อคอลัมน์ภาษาญี่ปุ่น หรือเป็น CSV ที่เข้ารหัสแบบทั่วไปใดก็ได้ ใช้ได้ทั้งหมด</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>ไฟล์รายชื่อสมาชิก</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <source>Chapter name, e.g. SSC India</source>
        <translation>ชื่อสาขา เช่น SSC India</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>Import into chapter:</source>
        <translation>นำเข้าสู่สาขา:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to SSC Desktop</source>
        <translation>ยินดีต้อนรับสู่ SSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ถัดไป(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>เริ่ม(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>ข้าม(&amp;K)</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Guest speaker</source>
        <translation>วิทยากรรับเชิญ</translation>
    </message>
    <message>
        <source>e.g. Kenichi Sato</source>
        <translation>เช่น Kenichi Sato</translation>
    </message>
    <message>
        <source>e.g. 佐藤 健一</source>
        <translation>เช่น 佐藤 健一</translation>
    </message>
    <message>
        <source>Name (Latin letters):</source>
        <translation>ชื่อ (อักษรละติน):</translation>
    </message>
    <message>
        <source>Name in own script:</source>
        <translation>ชื่ออักษรท้องถิ่น:</translation>
    </message>
    <message>
        <source>Affiliation:</source>
        <translation>สังกัด:</translation>
    </message>
    <message>
        <source>Short bio:</source>
        <translation>ประวัติโดยย่อ:</translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation>วิทยากรรับเชิญต้องมีชื่อ</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>กำลังนำเข้า</translation>
    </message>
    <message>
        <source>All rows are written in one go: if the import stops or is cancelled, nothing changes.</source>
        <translation>ทุกแถวจะถูกเขียนในครั้งเดียว หากการนำเข้าหยุดหรือถูกยกเลิก จะไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>กำลังอ่านรายชื่อสมาชิก…</translation>
    </message>
    <message>
        <source>Writing members: %1 of %2</source>
        <translation>กำลังเขียนข้อมูลสมาชิก: %1 จาก %2</translation>
    </message>
    <message>
        <source>Reading rows: %1</source>
        <translation>กำลังอ่านแถว: %1</translation>
    </message>
</context>
<context>
    <name>JudgePhone</name>
    <message>
        <source>Judging</source>
        <translation>การตัดสิน</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>ใส่ PIN ของคุณ</translation>
    </message>
    <message>
        <source>The PIN the coordinator gave you (4 to 12 digits).</source>
        <translation>PIN ที่ผู้ประสานงานให้คุณ (4 ถึง 12 หลัก)</translation>
    </message>
    <message>
        <source>Open my entries</source>
        <translation>เปิดผลงานของฉัน</translation>
    </message>
    <message>
        <source>No connection to the laptop. Check the Wi-Fi and try again.</source>
        <translation>เชื่อมต่อกับแล็ปท็อปไม่ได้ ตรวจสอบ Wi-Fi แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Your entries</source>
        <translation>ผลงานของคุณ</translation>
    </message>
    <message>
        <source>{done} of {total} scored</source>
        <translation>ให้คะแนนแล้ว {done} จาก {total}</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>ให้คะแนนแล้ว</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>ให้คะแนนบางส่วน</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>ยังไม่ได้ให้คะแนน</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <source>Back to my entries</source>
        <translation>กลับไปที่ผลงานของฉัน</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>ความคิดเห็น (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>บันทึกคะแนน</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>น้ำหนัก {weight}</translation>
    </message>
    <message>
        <source>Choose a level for {criterion}.</source>
        <translation>เลือกระดับสำหรับ {criterion}</translation>
    </message>
    <message>
        <source>Saved on the laptop.</source>
        <translation>บันทึกในแล็ปท็อปแล้ว</translation>
    </message>
    <message>
        <source>Kept on this phone: {count} entry(ies) will be sent when the Wi-Fi returns.</source>
        <translation>เก็บไว้ในโทรศัพท์นี้: จะส่ง {count} ผลงานเมื่อ Wi-Fi กลับมา</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>ไม่ได้บันทึก: {reason}</translation>
    </message>
    <message>
        <source>The results are locked: scores can no longer change.</source>
        <translation>ผลถูกล็อกแล้ว: เปลี่ยนคะแนนไม่ได้อีก</translation>
    </message>
    <message>
        <source>Judging is closed.</source>
        <translation>ปิดการตัดสินแล้ว</translation>
    </message>
    <message>
        <source>Judging has not opened yet.</source>
        <translation>ยังไม่เปิดการตัดสิน</translation>
    </message>
    <message>
        <source>You have no entries to judge in this contest.</source>
        <translation>คุณไม่มีผลงานที่ต้องตัดสินในการประกวดนี้</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>ผู้เขียน</translation>
    </message>
    <message>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>บทคัดย่อ</translation>
    </message>
    <message>
        <source>Blind judging: authors are not shown.</source>
        <translation>ตัดสินแบบปิดชื่อ: ไม่แสดงผู้เขียน</translation>
    </message>
</context>
<context>
    <name>JudgePhonesDialog</name>
    <message>
        <source>Judges&apos; phones — %1</source>
        <translation>โทรศัพท์ของกรรมการ — %1</translation>
    </message>
    <message>
        <source>%1 (this laptop only)</source>
        <translation>%1 (เฉพาะแล็ปท็อปเครื่องนี้)</translation>
    </message>
    <message>
        <source>Every network of this laptop</source>
        <translation>ทุกเครือข่ายของแล็ปท็อปเครื่องนี้</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>New links…</source>
        <translation>ลิงก์ใหม่…</translation>
    </message>
    <message>
        <source>Make new links for every judge; the old QR codes stop working</source>
        <translation>สร้างลิงก์ใหม่ให้กรรมการทุกคน คิวอาร์โค้ดเดิมจะใช้ไม่ได้</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>คัดลอกลิงก์</translation>
    </message>
    <message>
        <source>Print QR cards…</source>
        <translation>พิมพ์บัตรคิวอาร์…</translation>
    </message>
    <message>
        <source>A PDF with one card per judge: name, QR code and link</source>
        <translation>ไฟล์ PDF ที่มีบัตรหนึ่งใบต่อกรรมการหนึ่งคน: ชื่อ คิวอาร์โค้ด และลิงก์</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>เครือข่าย</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <source>Phones must be on the same Wi-Fi as this laptop. Each judge scans their own code, then types their PIN; they see only their own entries. Scores go straight into this database (“phone” in the audit trail); a phone keeps what it could not send and sends it when the Wi-Fi returns. Closing this window keeps the server running; it stops with Stop or when the app closes.</source>
        <translation>โทรศัพท์ต้องเชื่อมต่อ Wi-Fi เดียวกับแล็ปท็อปเครื่องนี้ กรรมการแต่ละคนสแกนรหัสของตนเอง แล้วพิมพ์ PIN และจะเห็นเฉพาะผลงานของตนเท่านั้น คะแนนจะเข้าสู่ฐานข้อมูลนี้โดยตรง (แสดงเป็น “phone” ในประวัติการตรวจสอบ) โทรศัพท์จะเก็บข้อมูลที่ยังส่งไม่ได้ไว้ และส่งเมื่อ Wi-Fi กลับมา การปิดหน้าต่างนี้ไม่ได้หยุดเซิร์ฟเวอร์ เซิร์ฟเวอร์จะหยุดเมื่อกด “หยุด” หรือเมื่อปิดแอป</translation>
    </message>
    <message>
        <source>The judges&apos; server did not start</source>
        <translation>เซิร์ฟเวอร์ของกรรมการไม่เริ่มทำงาน</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>ลิงก์ใหม่</translation>
    </message>
    <message>
        <source>Make new links for every judge of every contest? The QR codes shown or printed so far stop working.</source>
        <translation>สร้างลิงก์ใหม่ให้กรรมการทุกคนของทุกการประกวดหรือไม่ คิวอาร์โค้ดที่แสดงหรือพิมพ์ไปแล้วจะใช้ไม่ได้</translation>
    </message>
    <message>
        <source>No new links</source>
        <translation>ไม่ได้สร้างลิงก์ใหม่</translation>
    </message>
    <message>
        <source>Judges&apos; QR cards</source>
        <translation>บัตรคิวอาร์ของกรรมการ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Judges&apos; cards - %1</source>
        <translation>บัตรกรรมการ - %1</translation>
    </message>
    <message>
        <source>The cards were not written</source>
        <translation>ไม่ได้เขียนบัตร</translation>
    </message>
    <message>
        <source>Serving at %1 — the judges&apos; cards are in %2.</source>
        <translation>กำลังให้บริการที่ %1 — บัตรของกรรมการอยู่ใน %2</translation>
    </message>
    <message>
        <source>The judges&apos; server is serving another contest; Start moves it here.</source>
        <translation>เซิร์ฟเวอร์ของกรรมการกำลังให้บริการการประกวดอื่นอยู่ กด “เริ่ม” เพื่อย้ายมาที่นี่</translation>
    </message>
    <message>
        <source>The judges&apos; server is stopped.</source>
        <translation>เซิร์ฟเวอร์ของกรรมการหยุดอยู่</translation>
    </message>
    <message>
        <source>Serving at %1 — judges&apos; phones can connect now.</source>
        <translation>กำลังให้บริการที่ %1 — โทรศัพท์ของกรรมการเชื่อมต่อได้แล้ว</translation>
    </message>
    <message>
        <source>QR code of %1&apos;s link</source>
        <translation>คิวอาร์โค้ดของลิงก์ของ %1</translation>
    </message>
</context>
<context>
    <name>JudgePinDialog</name>
    <message>
        <source>Judge mode — %1</source>
        <translation>โหมดกรรมการ — %1</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>PIN ของคุณ</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Only your own entries and your own scores are shown.</source>
        <translation>แสดงเฉพาะผลงานและคะแนนของคุณเองเท่านั้น</translation>
    </message>
</context>
<context>
    <name>JudgeScoringDialog</name>
    <message>
        <source>Judge mode — %1</source>
        <translation>โหมดกรรมการ — %1</translation>
    </message>
    <message>
        <source>%v of %m scored</source>
        <translation>ให้คะแนนแล้ว %v จาก %m</translation>
    </message>
    <message>
        <source>Entries to score</source>
        <translation>ผลงานที่ต้องให้คะแนน</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>%1, score from %2</source>
        <translation>%1 คะแนนจาก %2</translation>
    </message>
    <message>
        <source>A comment for the coordinator (Enter saves and goes on)</source>
        <translation>ความเห็นถึงผู้ประสานงาน (กด Enter เพื่อบันทึกและไปต่อ)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>ความคิดเห็น(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>บันทึกแล้วไปถัดไป(&amp;S)</translation>
    </message>
    <message>
        <source>Declare a &amp;conflict…</source>
        <translation>แจ้งผลประโยชน์ทับซ้อน(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Lock judge mode</source>
        <translation>ล็อกโหมดกรรมการ(&amp;L)</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number. Type a score from %3 to %4%5.</source>
        <translation>%1: “%2” ไม่ใช่ตัวเลข พิมพ์คะแนนตั้งแต่ %3 ถึง %4%5</translation>
    </message>
    <message>
        <source>%1: %2 is not on the scale %3. Type a score from %4 to %5%6.</source>
        <translation>%1: %2 ไม่อยู่ในสเกล %3 พิมพ์คะแนนตั้งแต่ %4 ถึง %5%6</translation>
    </message>
    <message>
        <source> in steps of %1</source>
        <translation> ทีละ %1</translation>
    </message>
    <message>
        <source>%1: only numbers can be typed here, from %2 to %3%4.</source>
        <translation>%1: พิมพ์ได้เฉพาะตัวเลขตั้งแต่ %2 ถึง %3%4</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Scores for entry %1 changed: %2.</source>
        <translation>คะแนนของผลงาน %1 เปลี่ยนแล้ว: %2</translation>
    </message>
    <message>
        <source>Scores for entry %1 saved.</source>
        <translation>บันทึกคะแนนของผลงาน %1 แล้ว</translation>
    </message>
    <message>
        <source>Entry %1 saved; no score changed.</source>
        <translation>บันทึกผลงาน %1 แล้ว ไม่มีคะแนนเปลี่ยน</translation>
    </message>
    <message>
        <source>Same lab, same supervisor, a relative: the entry goes to another judge</source>
        <translation>ห้องแล็บเดียวกัน อาจารย์ที่ปรึกษาคนเดียวกัน เป็นญาติ: ผลงานจะถูกส่งให้กรรมการคนอื่น</translation>
    </message>
    <message>
        <source>Blind judging: entries are shown by code and title only.</source>
        <translation>ตัดสินแบบปกปิดชื่อ: แสดงผลงานด้วยรหัสและชื่อเรื่องเท่านั้น</translation>
    </message>
    <message>
        <source>This contest is locked: scores can no longer change.</source>
        <translation>การประกวดนี้ถูกล็อกแล้ว: เปลี่ยนคะแนนไม่ได้อีก</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No entries are assigned to you yet.</source>
        <translation>ยังไม่มีผลงานที่มอบหมายให้คุณ</translation>
    </message>
    <message>
        <source>No level guide for this criterion.</source>
        <translation>หัวข้อประเมินนี้ไม่มีคำอธิบายระดับ</translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation>แจ้งผลประโยชน์ทับซ้อน</translation>
    </message>
    <message>
        <source>Why can you not judge %1 fairly? (same lab, same supervisor, a relative…)</source>
        <translation>เหตุใดคุณจึงตัดสิน %1 อย่างเป็นธรรมไม่ได้ (ห้องแล็บเดียวกัน อาจารย์ที่ปรึกษาคนเดียวกัน เป็นญาติ…)</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>ไม่ได้บันทึกผลประโยชน์ทับซ้อน</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>ย้าย %1 ไปให้ %2 แล้ว</translation>
    </message>
    <message>
        <source>%1 was taken off your list; no other judge is free for it, so the coordinator will assign one.</source>
        <translation>นำ %1 ออกจากรายการของคุณแล้ว ไม่มีกรรมการคนอื่นว่าง ผู้ประสานงานจะมอบหมายให้เอง</translation>
    </message>
    <message>
        <source>Conflict recorded</source>
        <translation>บันทึกผลประโยชน์ทับซ้อนแล้ว</translation>
    </message>
</context>
<context>
    <name>KeyboardLayout</name>
    <message>
        <source>French (AZERTY)</source>
        <translation>ฝรั่งเศส (AZERTY)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>ฝรั่งเศส</translation>
    </message>
    <message>
        <source>Belgian (AZERTY)</source>
        <translation>เบลเยียม (AZERTY)</translation>
    </message>
    <message>
        <source>Belgian</source>
        <translation>เบลเยียม</translation>
    </message>
    <message>
        <source>German or Swiss (QWERTZ)</source>
        <translation>เยอรมันหรือสวิส (QWERTZ)</translation>
    </message>
    <message>
        <source>German (or Swiss)</source>
        <translation>เยอรมัน (หรือสวิส)</translation>
    </message>
    <message>
        <source>Japanese (kana input)</source>
        <translation>ญี่ปุ่น (ป้อนคานะ)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>ญี่ปุ่น</translation>
    </message>
    <message>
        <source>Japanese (JIS)</source>
        <translation>ญี่ปุ่น (JIS)</translation>
    </message>
    <message>
        <source>UK English</source>
        <translation>อังกฤษแบบสหราชอาณาจักร</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>สหราชอาณาจักร</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Badges &amp;&amp; tickets…</source>
        <translation>ป้ายชื่อและบัตร…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>นำเข้ารายชื่อสมาชิก…</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>กิจกรรม:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>ฐานข้อมูลใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>เปิดฐานข้อมูล(&amp;O)…</translation>
    </message>
    <message>
        <source>Connect to &amp;shared database (PostgreSQL)…</source>
        <translation>เชื่อมต่อฐานข้อมูลที่ใช้ร่วมกัน (PostgreSQL)(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>เปิดล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo reunion</source>
        <translation>เปิดงานพบปะศิษย์เก่าตัวอย่าง(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>นำเข้ารายชื่อสมาชิก(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>ทำสำเนาสำรอง(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>กู้คืนจากข้อมูลสำรอง(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;E-mail settings…</source>
        <translation>การตั้งค่าอีเมล(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>การตั้งค่า(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SSC Desktop</source>
        <translation>เกี่ยวกับ SSC Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>เปิดฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Database: %1 (read-only: open in another SSC Desktop)</source>
        <translation>ฐานข้อมูล: %1 (อ่านอย่างเดียว: เปิดอยู่ใน SSC Desktop อีกเครื่อง)</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only)</source>
        <translation>%1 — %2 (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>ฐานข้อมูล: %1</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>อัปเกรดฐานข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>This database held %1 doubled check-in(s) from an older version (the same person checked in twice at once). Each person now has one check-in per list, the earliest of their stay; the others are kept, marked undone.</source>
        <translation>ฐานข้อมูลนี้มีการเช็คอินซ้ำ %1 รายการจากเวอร์ชันเก่า (คนเดียวกันเช็คอินสองครั้งในเวลาเดียวกัน) ตอนนี้แต่ละคนมีการเช็คอินเพียงครั้งเดียวต่อรายการ โดยใช้ครั้งแรกสุดของช่วงที่อยู่ในงาน ส่วนรายการอื่นยังเก็บไว้และทำเครื่องหมายว่ายกเลิกแล้ว</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>ฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>ฐานข้อมูลที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <source>PostgreSQL address shared by the laptops at the venue:</source>
        <translation>ที่อยู่ PostgreSQL ที่แล็ปท็อปทุกเครื่องในสถานที่จัดงานใช้ร่วมกัน:</translation>
    </message>
    <message>
        <source>Cannot create the demo reunion</source>
        <translation>สร้างงานพบปะศิษย์เก่าตัวอย่างไม่ได้</translation>
    </message>
    <message>
        <source>Demo reunion created.</source>
        <translation>สร้างงานพบปะศิษย์เก่าตัวอย่างแล้ว</translation>
    </message>
    <message>
        <source>Demo reunion opened as you left it.</source>
        <translation>เปิดงานพบปะศิษย์เก่าตัวอย่างในสภาพที่คุณทิ้งไว้แล้ว</translation>
    </message>
    <message>
        <source>Demo reunion</source>
        <translation>งานพบปะศิษย์เก่าตัวอย่าง</translation>
    </message>
    <message>
        <source>There is a demo reunion from before, with what you did in it. Open it as you left it, or start the demo anew (what you did in it is then forgotten)?</source>
        <translation>มีงานพบปะศิษย์เก่าตัวอย่างจากครั้งก่อน พร้อมสิ่งที่คุณทำไว้ จะเปิดในสภาพที่ทิ้งไว้ หรือเริ่มตัวอย่างใหม่ (สิ่งที่ทำไว้จะหายไป)</translation>
    </message>
    <message>
        <source>Open as I left it</source>
        <translation>เปิดตามที่ทิ้งไว้</translation>
    </message>
    <message>
        <source>Start anew</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <source>Roster imported: %1 members added or updated.</source>
        <translation>นำเข้ารายชื่อสมาชิกแล้ว: เพิ่มหรืออัปเดตสมาชิก %1 คน</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>เขียนแล้ว: %1</translation>
    </message>
    <message>
        <source>Tickets e-mailed: %1</source>
        <translation>ส่งบัตรทางอีเมลแล้ว: %1</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>สำเนาสำรอง</translation>
    </message>
    <message>
        <source>Writing backup copy…</source>
        <translation>กำลังเขียนสำเนาสำรอง…</translation>
    </message>
    <message>
        <source>Backup copy written to %1</source>
        <translation>เขียนสำเนาสำรองลงใน %1 แล้ว</translation>
    </message>
    <message>
        <source>Backup copy failed</source>
        <translation>ทำสำเนาสำรองไม่สำเร็จ</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>ไม่มีฐานข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>ล้างรายการ</translation>
    </message>
    <message>
        <source>%1 members · %2 events</source>
        <translation>สมาชิก %1 คน · กิจกรรม %2 รายการ</translation>
    </message>
    <message>
        <source>No events yet — create one on the Events page.</source>
        <translation>ยังไม่มีกิจกรรม — สร้างได้ในหน้ากิจกรรม</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>ตรวจสอบคอลัมน์</translation>
    </message>
    <message>
        <source>Each column goes to the member field chosen in the first row. Fix any that are wrong; the mapping is remembered for files with the same headers.</source>
        <translation>แต่ละคอลัมน์จะไปยังฟิลด์สมาชิกที่เลือกไว้ในแถวแรก แก้ไขคอลัมน์ที่ผิด การจับคู่นี้จะถูกจดจำไว้สำหรับไฟล์ที่มีหัวตารางเหมือนกัน</translation>
    </message>
    <message>
        <source>Header row: </source>
        <translation>แถวหัวตาราง: </translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>kept in the notes: %1</source>
        <translation>เก็บไว้ในหมายเหตุ: %1</translation>
    </message>
    <message>
        <source>Combined: %1</source>
        <translation>รวมกัน: %1</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>นำเข้าทุกคอลัมน์</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>คอลัมน์ %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>Not imported (%1 columns): %2. Choose “Keep in the notes” to keep one.</source>
        <translation>ไม่นำเข้า (%1 คอลัมน์): %2 เลือก “เก็บไว้ในหมายเหตุ” เพื่อเก็บคอลัมน์ไว้</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>แผ่นงาน: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>แผ่นงาน %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>จุลภาค</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>อัฒภาค</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>แท็บ</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>ขีดตั้ง</translation>
    </message>
    <message>
        <source>%1, separated by %2</source>
        <translation>%1 คั่นด้วย%2</translation>
    </message>
    <message>
        <source>headers on row %1</source>
        <translation>หัวตารางอยู่ที่แถว %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;mapping remembered from an earlier import&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;ใช้การจับคู่ที่จดจำไว้จากการนำเข้าครั้งก่อน&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Hidden characters that can change how a name shows will be taken out (ZWJ and ZWNJ, which are spelling, are kept): %1</source>
        <translation>อักขระซ่อนที่อาจเปลี่ยนการแสดงผลชื่อจะถูกนำออก (ยกเว้น ZWJ และ ZWNJ ซึ่งเป็นส่วนหนึ่งของการสะกด): %1</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>Chapter</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>SSP visit</source>
        <translation>การเยือน SSP</translation>
    </message>
    <message>
        <source>Host in Japan</source>
        <translation>หน่วยงานผู้รับในญี่ปุ่น</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>%1 members selected: “Merge two members…” makes one record of two.</source>
        <translation>เลือกสมาชิก %1 คน: “รวมสมาชิกสองคน…” จะรวมสองระเบียนเป็นระเบียนเดียว</translation>
    </message>
    <message>
        <source>%1 members selected.</source>
        <translation>เลือกสมาชิก %1 คน</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>ไม่ได้เลือกสมาชิก</translation>
    </message>
    <message>
        <source>Choose a row to see the member&apos;s details.</source>
        <translation>เลือกแถวเพื่อดูรายละเอียดสมาชิก</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>ชื่อ (อักษรละติน)</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>ชื่ออักษรท้องถิ่น</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>e.g. 2019</source>
        <translation>เช่น 2019</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation>ไม่มีสาขา</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Choose a member</source>
        <translation>เลือกสมาชิก</translation>
    </message>
    <message>
        <source>Type a name (any script), e-mail or affiliation…</source>
        <translation>พิมพ์ชื่อ (อักษรใดก็ได้) อีเมล หรือสังกัด…</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>ค้นหาสมาชิก</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>สมาชิกที่พบ</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>เพิ่มวิทยากร</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>ชื่ออักษรท้องถิ่น</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>ปีที่เยือน</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Alumni from every chapter roster.</source>
        <translation>ศิษย์เก่าจากรายชื่อสมาชิกของทุกสาขา</translation>
    </message>
    <message>
        <source>Merge two members…</source>
        <translation>รวมสมาชิกสองคน…</translation>
    </message>
    <message>
        <source>Select two rows (Ctrl+click) that are the same person, then merge them.</source>
        <translation>เลือกสองแถว (Ctrl+คลิก) ที่เป็นคนเดียวกัน แล้วรวมเข้าด้วยกัน</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>ค้นหาสมาชิก</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation — typos are forgiven…</source>
        <translation>ค้นหาชื่อด้วยอักษรใดก็ได้ อีเมล หรือสังกัด — สะกดผิดเล็กน้อยก็ค้นพบ…</translation>
    </message>
    <message>
        <source>A close match: the search words are spelt a little differently here.</source>
        <translation>ผลที่ใกล้เคียง: คำค้นสะกดต่างไปเล็กน้อยในรายการนี้</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>แก้ไขสมาชิก</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>รวมกับ…</translation>
    </message>
    <message>
        <source>This database has no members yet.

To look around first, open the demo reunion (File → Open the demo reunion).</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีสมาชิก

หากต้องการลองดูก่อน ให้เปิดงานพบปะศิษย์เก่าตัวอย่าง (ไฟล์ → เปิดงานพบปะศิษย์เก่าตัวอย่าง)</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>กำลังโหลดสมาชิก…</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>ทุกปี</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>สมาชิก %1 คน</translation>
    </message>
    <message>
        <source>%1 of %2 shown (%3 close matches)</source>
        <translation>แสดง %1 จาก %2 คน (ใกล้เคียง %3 คน)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>แสดง %1 จาก %2 คน</translation>
    </message>
</context>
<context>
    <name>MergeDesksDialog</name>
    <message>
        <source>Merge desks</source>
        <translation>รวมข้อมูลโต๊ะ</translation>
    </message>
    <message>
        <source>The check-ins, undos and check-outs of each desk file come into this database. Merging a file again changes nothing. When two desks let the same person in, the earlier check-in stands and both are listed below. Desks may keep scanning meanwhile.</source>
        <translation>การเช็คอิน การยกเลิก และการเช็คเอาต์จากไฟล์โต๊ะแต่ละไฟล์จะเข้ามาในฐานข้อมูลนี้ การรวมไฟล์เดิมซ้ำจะไม่เปลี่ยนแปลงอะไร หากสองโต๊ะให้คนเดียวกันเข้างาน การเช็คอินที่เร็วกว่าจะคงอยู่ และทั้งสองรายการจะแสดงไว้ด้านล่าง ระหว่างนี้โต๊ะต่าง ๆ สแกนต่อไปได้</translation>
    </message>
    <message>
        <source>Desk files to merge</source>
        <translation>ไฟล์โต๊ะที่จะรวม</translation>
    </message>
    <message>
        <source>Add desk files…</source>
        <translation>เพิ่มไฟล์โต๊ะ…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>วลีรหัสผ่าน:</translation>
    </message>
    <message>
        <source>Desk file</source>
        <translation>ไฟล์โต๊ะ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่มแล้ว</translation>
    </message>
    <message>
        <source>Undos</source>
        <translation>ยกเลิกเช็คอิน</translation>
    </message>
    <message>
        <source>Check-outs</source>
        <translation>เช็คเอาต์</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ขัดแย้ง</translation>
    </message>
    <message>
        <source>What each desk file brought</source>
        <translation>สิ่งที่แต่ละไฟล์โต๊ะนำมา</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>List</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Stands</source>
        <translation>คงไว้</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Desk files</source>
        <translation>ไฟล์โต๊ะ</translation>
    </message>
    <message>
        <source>Merging the desks&apos; check-ins…</source>
        <translation>กำลังรวมการเช็คอินของโต๊ะ…</translation>
    </message>
    <message>
        <source>Cancelled. What was merged stays merged; merging again finishes the rest.</source>
        <translation>ยกเลิกแล้ว สิ่งที่รวมไปแล้วยังคงอยู่ รวมอีกครั้งเพื่อทำส่วนที่เหลือให้เสร็จ</translation>
    </message>
    <message>
        <source>%1 desk file(s) merged: %2 check-ins added, %3 conflict(s).</source>
        <translation>รวมไฟล์โต๊ะแล้ว %1 ไฟล์: เพิ่มการเช็คอิน %2 รายการ ขัดแย้ง %3 รายการ</translation>
    </message>
    <message>
        <source>The door</source>
        <translation>ทางเข้า</translation>
    </message>
    <message>
        <source>The merge stopped: %1</source>
        <translation>การรวมหยุดลง: %1</translation>
    </message>
</context>
<context>
    <name>MergeMembersDialog</name>
    <message>
        <source>Merge two member records</source>
        <translation>รวมระเบียนสมาชิกสองรายการ</translation>
    </message>
    <message>
        <source>These two records become one. Choose the record that stays, and for each field the value to keep. The other record&apos;s registrations, check-ins and programme slots move to the one that stays; then it is deleted. This cannot be undone.</source>
        <translation>สองระเบียนนี้จะกลายเป็นระเบียนเดียว เลือกระเบียนที่จะคงไว้ และเลือกค่าที่จะเก็บของแต่ละฟิลด์ การลงทะเบียน การเช็คอิน และช่วงในกำหนดการของอีกระเบียนจะย้ายมาที่ระเบียนที่คงไว้ จากนั้นระเบียนนั้นจะถูกลบ ทำย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>ระเบียน %1</translation>
    </message>
    <message>
        <source>Record that stays:</source>
        <translation>ระเบียนที่คงไว้:</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>ชื่อ (อักษรละติน)</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>ชื่ออักษรท้องถิ่น</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>SSP visit</source>
        <translation>การเยือน SSP</translation>
    </message>
    <message>
        <source>Host in Japan</source>
        <translation>หน่วยงานผู้รับในญี่ปุ่น</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Record %1 stays; record %2 is deleted.</source>
        <translation>คงระเบียน %1 ไว้ ระเบียน %2 จะถูกลบ</translation>
    </message>
    <message>
        <source>%1 registration(s) and %2 programme slot(s) move to record %3.</source>
        <translation>การลงทะเบียน %1 รายการและช่วงในกำหนดการ %2 รายการจะย้ายไปที่ระเบียน %3</translation>
    </message>
    <message>
        <source>Both are registered for %1 event(s): the better registration stays there (registered before waitlisted before cancelled) and keeps the check-ins of both.</source>
        <translation>ทั้งสองลงทะเบียน %1 กิจกรรมเดียวกัน: การลงทะเบียนที่ดีกว่าจะคงไว้ (ลงทะเบียนแล้ว ดีกว่ารายชื่อรอ ดีกว่ายกเลิก) และเก็บการเช็คอินของทั้งสองไว้</translation>
    </message>
    <message>
        <source>Taken from record %1: %2.</source>
        <translation>นำมาจากระเบียน %1: %2</translation>
    </message>
</context>
<context>
    <name>OnlineMatchingDialog</name>
    <message>
        <source>Match online participants</source>
        <translation>จับคู่ผู้เข้าร่วมออนไลน์</translation>
    </message>
    <message>
        <source>These people joined online but could not be matched to a registration by e-mail or name. Choose who each one is.</source>
        <translation>ผู้เข้าร่วมเหล่านี้เข้าร่วมออนไลน์ แต่จับคู่กับการลงทะเบียนด้วยอีเมลหรือชื่อไม่ได้ โปรดเลือกว่าแต่ละคนคือใคร</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>ชื่อในรายงาน</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Time online</source>
        <translation>เวลาออนไลน์</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 นาที %2 วินาที</translation>
    </message>
    <message>
        <source>Online names to match</source>
        <translation>ชื่อออนไลน์ที่จะจับคู่</translation>
    </message>
    <message>
        <source>Registered as:</source>
        <translation>ลงทะเบียนในชื่อ:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>จับคู่</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>ไม่ได้ลงทะเบียน</translation>
    </message>
    <message>
        <source>%1 (%2% alike)</source>
        <translation>%1 (คล้ายกัน %2%)</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 คือ %2</translation>
    </message>
    <message>
        <source>%1 left out: not a registered person.</source>
        <translation>ไม่รวม %1: ไม่ใช่ผู้ลงทะเบียน</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>เหมือนระบบ (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>SSC Desktop will speak this language from its next start.</source>
        <translation>SSC Desktop จะแสดงภาษานี้ตั้งแต่การเปิดครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>PrepareDeskDialog</name>
    <message>
        <source>Prepare desk</source>
        <translation>เตรียมโต๊ะ</translation>
    </message>
    <message>
        <source>One file with “%1”: its registrations, people&apos;s names, ticket secret, check-in lists and desk notes. Another laptop opens it as its database and checks people in with no server; Merge desks… brings its check-ins back. The file holds personal data: it is locked with a passphrase — give the passphrase separately from the file.</source>
        <translation>ไฟล์เดียวที่มี “%1”: การลงทะเบียน ชื่อผู้เข้าร่วม รหัสลับของบัตร รายการเช็คอิน และบันทึกสำหรับโต๊ะ แล็ปท็อปอีกเครื่องเปิดไฟล์นี้เป็นฐานข้อมูลและเช็คอินได้โดยไม่ต้องมีเซิร์ฟเวอร์ แล้วใช้ “รวมข้อมูลโต๊ะ…” นำการเช็คอินกลับมา ไฟล์นี้มีข้อมูลส่วนบุคคล จึงล็อกด้วยวลีรหัสผ่าน โปรดแจ้งวลีรหัสผ่านแยกจากไฟล์</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>วลีรหัสผ่าน:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>อีกครั้ง:</translation>
    </message>
    <message>
        <source>Desk file</source>
        <translation>ไฟล์โต๊ะ</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Writing the desk file…</source>
        <translation>กำลังเขียนไฟล์โต๊ะ…</translation>
    </message>
    <message>
        <source>Cancelled: no desk file was written.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้เขียนไฟล์โต๊ะ</translation>
    </message>
    <message>
        <source>Written: %1 — %2 registrations, %3 check-ins, %4 check-in lists. On the desk laptop: open it with File → Open database… (or ssc-desktop --db FILE) and the passphrase.</source>
        <translation>เขียนแล้ว: %1 — การลงทะเบียน %2 รายการ การเช็คอิน %3 รายการ รายการเช็คอิน %4 รายการ บนแล็ปท็อปของโต๊ะ: เปิดไฟล์ด้วย ไฟล์ → เปิดฐานข้อมูล… (หรือ ssc-desktop --db FILE) และใส่วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>No desk file was written: %1</source>
        <translation>ไม่ได้เขียนไฟล์โต๊ะ: %1</translation>
    </message>
</context>
<context>
    <name>PrintedWords</name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>หน้า {page} จาก {total}</translation>
    </message>
    <message>
        <source>Sign-in sheet — {title}</source>
        <translation>ใบลงชื่อ — {title}</translation>
    </message>
    <message>
        <source>Sign-in sheet · {title} · {date}</source>
        <translation>ใบลงชื่อ · {title} · {date}</translation>
    </message>
    <message>
        <source>{count} registered. Please sign beside your name.</source>
        <translation>ลงทะเบียนแล้ว {count} คน กรุณาลงชื่อข้างชื่อของท่าน</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Chapter · affiliation</source>
        <translation>สาขา · สังกัด</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>มา</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <source>Nobody is registered yet.</source>
        <translation>ยังไม่มีผู้ลงทะเบียน</translation>
    </message>
    <message>
        <source>Agenda — {title}</source>
        <translation>กำหนดการ — {title}</translation>
    </message>
    <message>
        <source>Venue: {venue}</source>
        <translation>สถานที่ {venue}</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>ออนไลน์ {link}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <source>No programme items yet.</source>
        <translation>ยังไม่มีรายการในกำหนดการ</translation>
    </message>
    <message>
        <source>All times are local to the event ({zone}).</source>
        <translation>เวลาทั้งหมดเป็นเวลาท้องถิ่นของงาน ({zone})</translation>
    </message>
    <message>
        <source>Reunion report — {title}</source>
        <translation>รายงานงานพบปะศิษย์เก่า — {title}</translation>
    </message>
    <message>
        <source>Reunion report · {title} · {date}</source>
        <translation>รายงานงานพบปะศิษย์เก่า · {title} · {date}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>ที่สถานที่จัดงาน</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>อัตราการเข้าร่วม</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>ไม่มา</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>Arrivals per hour (local time)</source>
        <translation>จำนวนผู้มาถึงต่อชั่วโมง (เวลาท้องถิ่น)</translation>
    </message>
    <message>
        <source>Registered and attended by country</source>
        <translation>ผู้ลงทะเบียนและผู้เข้าร่วมตามประเทศ</translation>
    </message>
    <message>
        <source>Registered and attended by role</source>
        <translation>ผู้ลงทะเบียนและผู้เข้าร่วมตามบทบาท</translation>
    </message>
    <message>
        <source>No arrivals recorded.</source>
        <translation>ยังไม่มีการบันทึกการมาถึง</translation>
    </message>
    <message>
        <source>Nobody registered yet.</source>
        <translation>ยังไม่มีผู้ลงทะเบียน</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <source>Parts of the day: {parts}</source>
        <translation>ช่วงต่าง ๆ ของวัน {parts}</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>การประกวด</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>รางวัล</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>ผลงาน</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>ผู้ชนะ</translation>
    </message>
    <message>
        <source>Contest winners</source>
        <translation>ผู้ชนะการประกวด</translation>
    </message>
    <message>
        <source>Notes from the coordinator</source>
        <translation>บันทึกจากผู้ประสานงาน</translation>
    </message>
    <message>
        <source>No programme items.</source>
        <translation>ไม่มีรายการในกำหนดการ</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>ตัวเลขสถิติ</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>กำลังเขียน PDF</translation>
    </message>
    <message>
        <source>Results — {title}</source>
        <translation>ผลการประกวด — {title}</translation>
    </message>
    <message>
        <source>Final results</source>
        <translation>ผลการตัดสินขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>Provisional results (not yet locked)</source>
        <translation>ผลเบื้องต้น — ยังไม่ล็อก</translation>
    </message>
    <message>
        <source>{kind} contest · {status}</source>
        <translation>การประกวด{kind} · {status}</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>หัวข้อ {theme}</translation>
    </message>
    <message>
        <source>Ranked by: {method}. Each judge&apos;s total is the weighted rubric score as a percentage; ties are broken by the stated order and entries still equal share a rank (=).</source>
        <translation>จัดอันดับโดย {method} คะแนนรวมของกรรมการแต่ละคนคือคะแนนตามเกณฑ์แบบถ่วงน้ำหนักคิดเป็นร้อยละ หากคะแนนเท่ากันจะตัดสินตามลำดับที่กำหนดไว้ และผลงานที่ยังเท่ากันจะได้อันดับร่วมกัน (=)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>อันดับ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>ผู้จัดทำ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>ผลงานทั้งหมด</translation>
    </message>
    <message>
        <source>Remaining ties: {ties}</source>
        <translation>คะแนนที่ยังเท่ากัน {ties}</translation>
    </message>
    <message>
        <source>How these results were computed</source>
        <translation>วิธีคำนวณผลเหล่านี้</translation>
    </message>
    <message>
        <source>{heading}. {text}</source>
        <translation>{heading} — {text}</translation>
    </message>
    <message>
        <source>{name} × {weight} (out of {maximum})</source>
        <translation>{name} × {weight} จากคะแนนเต็ม {maximum}</translation>
    </message>
    <message>
        <source>A judge&apos;s total</source>
        <translation>คะแนนรวมของกรรมการ</translation>
    </message>
    <message>
        <source>For each entry, each judge&apos;s total is the weighted share of the best possible sheet: every score is divided by its criterion&apos;s maximum, multiplied by the criterion&apos;s weight, the products are added up, divided by the sum of the weights ({weight_sum}) and multiplied by 100. The criteria and weights: {weights}. Only complete sheets count: a judge who left any criterion empty for an entry gives it no total.</source>
        <translation>สำหรับผลงานแต่ละชิ้น คะแนนรวมของกรรมการแต่ละคนคือสัดส่วนแบบถ่วงน้ำหนักเทียบกับใบให้คะแนนที่ได้คะแนนเต็มทุกข้อ โดยนำคะแนนแต่ละข้อหารด้วยคะแนนเต็มของเกณฑ์นั้น คูณด้วยน้ำหนักของเกณฑ์ นำผลคูณมารวมกัน หารด้วยผลรวมของน้ำหนัก ({weight_sum}) แล้วคูณด้วย 100 เกณฑ์และน้ำหนักมีดังนี้ {weights} นับเฉพาะใบให้คะแนนที่กรอกครบทุกเกณฑ์ กรรมการที่เว้นว่างเกณฑ์ใดไว้สำหรับผลงานใด จะไม่มีคะแนนรวมให้ผลงานนั้น</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>The mean of an entry is the plain average of its judges&apos; totals.</source>
        <translation>ค่าเฉลี่ยของผลงานคือค่าเฉลี่ยธรรมดาของคะแนนรวมจากกรรมการที่ให้คะแนนผลงานนั้น</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>ปรับมาตรฐาน</translation>
    </message>
    <message>
        <source>A harsh judge and a lenient one should weigh the same. So each judge&apos;s totals are turned into z-scores over that judge&apos;s own entries: minus that judge&apos;s mean, divided by that judge&apos;s population standard deviation (dividing by the number of entries, not one less). Each z-score is shown as {mean} + {sd} × z, so a judge&apos;s average entry gets {mean} and one standard deviation is {sd} points ({mean} ± {sd}). A judge with fewer than two entries, or who gave every entry the same total, gives {mean}. An entry&apos;s normalized total is the mean of its judges&apos; normalized totals.</source>
        <translation>กรรมการที่ให้คะแนนเข้มงวดและกรรมการที่ให้คะแนนง่ายควรมีน้ำหนักเท่ากัน ดังนั้นคะแนนรวมของกรรมการแต่ละคนจะถูกแปลงเป็นคะแนน z เทียบกับผลงานที่กรรมการคนนั้นให้คะแนนเอง คือลบด้วยค่าเฉลี่ยของกรรมการคนนั้น แล้วหารด้วยส่วนเบี่ยงเบนมาตรฐานของประชากรของกรรมการคนนั้น โดยหารด้วยจำนวนผลงาน ไม่ใช่จำนวนผลงานลบหนึ่ง คะแนน z แต่ละค่าแสดงเป็น {mean} + {sd} × z ผลงานระดับเฉลี่ยของกรรมการจึงได้ {mean} และหนึ่งส่วนเบี่ยงเบนมาตรฐานเท่ากับ {sd} คะแนน ({mean} ± {sd}) กรรมการที่มีผลงานให้คะแนนน้อยกว่าสองชิ้น หรือให้คะแนนรวมเท่ากันทุกผลงาน จะให้ {mean} คะแนนรวมแบบปรับมาตรฐานของผลงานคือค่าเฉลี่ยของคะแนนรวมแบบปรับมาตรฐานจากกรรมการของผลงานนั้น</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>ค่าเฉลี่ยตัดปลาย</translation>
    </message>
    <message>
        <source>With {judges} or more judges on an entry, its highest and its lowest total are dropped and the rest averaged; with fewer judges the trimmed mean equals the mean.</source>
        <translation>เมื่อผลงานมีกรรมการ {judges} คนขึ้นไป จะตัดคะแนนรวมสูงสุดและต่ำสุดออกแล้วเฉลี่ยส่วนที่เหลือ หากมีกรรมการน้อยกว่านั้น ค่าเฉลี่ยตัดปลายจะเท่ากับค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>Ranking and ties</source>
        <translation>การจัดอันดับและคะแนนเท่ากัน</translation>
    </message>
    <message>
        <source>These results are ranked by the {method}, within each category. Entries with equal totals (compared to 6 decimals) are ordered by their mean score on “{criterion}”, then the number of judges who scored them (more first). Entries still equal after that share a rank, marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.</source>
        <translation>ผลเหล่านี้จัดอันดับตาม{method} ภายในแต่ละหมวดหมู่ ผลงานที่มีคะแนนรวมเท่ากันโดยเทียบถึงทศนิยม 6 ตำแหน่ง จะเรียงตามคะแนนเฉลี่ยในเกณฑ์ {criterion} แล้วจึงเรียงตามจำนวนกรรมการที่ให้คะแนน โดยผลงานที่มีกรรมการมากกว่ามาก่อน ผลงานที่ยังเท่ากันหลังจากนั้นจะได้อันดับร่วมกัน โดยมีเครื่องหมาย “=” และข้ามอันดับถัดไป (1, 1, 3) ผลงานที่ยังไม่มีกรรมการคนใดให้คะแนนครบจะแสดงไว้โดยไม่จัดอันดับ</translation>
    </message>
    <message>
        <source>These results are ranked by the {method}, within each category. Entries with equal totals (compared to 6 decimals) are ordered by the number of judges who scored them (more first). Entries still equal after that share a rank, marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.</source>
        <translation>ผลเหล่านี้จัดอันดับตาม{method} ภายในแต่ละหมวดหมู่ ผลงานที่มีคะแนนรวมเท่ากันโดยเทียบถึงทศนิยม 6 ตำแหน่ง จะเรียงตามจำนวนกรรมการที่ให้คะแนน โดยผลงานที่มีกรรมการมากกว่ามาก่อน ผลงานที่ยังเท่ากันหลังจากนั้นจะได้อันดับร่วมกัน โดยมีเครื่องหมาย “=” และข้ามอันดับถัดไป (1, 1, 3) ผลงานที่ยังไม่มีกรรมการคนใดให้คะแนนครบจะแสดงไว้โดยไม่จัดอันดับ</translation>
    </message>
    <message>
        <source>Worked example: {code}</source>
        <translation>ตัวอย่างการคำนวณ {code}</translation>
    </message>
    <message>
        <source>{code} was scored by {judges} judge(s), whose totals were {totals}: mean {mean}. Normalized per judge: {normalized}; their mean {normalized_mean}. Trimmed mean {trimmed}. Ranked by the {method}: {total}, rank {rank} in {category}.</source>
        <translation>{code} ได้รับคะแนนจากกรรมการ {judges} คน คะแนนรวมคือ {totals} ค่าเฉลี่ย {mean} ค่าที่ปรับมาตรฐานรายกรรมการคือ {normalized} ค่าเฉลี่ยของค่าเหล่านั้น {normalized_mean} ค่าเฉลี่ยตัดปลาย {trimmed} เมื่อจัดอันดับตาม{method} ได้ {total} อยู่อันดับที่ {rank} ใน {category}</translation>
    </message>
    <message>
        <source>its category</source>
        <translation>หมวดหมู่ของผลงาน</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>ผลเบื้องต้น</translation>
    </message>
    <message>
        <source>The contest is not locked: scores may still change.</source>
        <translation>การประกวดยังไม่ถูกล็อก คะแนนยังอาจเปลี่ยนแปลงได้</translation>
    </message>
    <message>
        <source>This certificate is presented to</source>
        <translation>ใบประกาศนียบัตรนี้มอบให้แก่</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Badges — {title}</source>
        <translation>ป้ายชื่อ — {title}</translation>
    </message>
    <message>
        <source>Ticket — {title} — {name}</source>
        <translation>บัตร — {title} — {name}</translation>
    </message>
    <message>
        <source>Ticket · {chapter}</source>
        <translation>บัตร · {chapter}</translation>
    </message>
    <message>
        <source>Show this code at the door: on your phone or printed. It is yours alone.</source>
        <translation>แสดงรหัสนี้ที่ทางเข้า บนโทรศัพท์หรือพิมพ์ออกมาก็ได้ รหัสนี้เป็นของท่านเท่านั้น</translation>
    </message>
    <message>
        <source>A new ticket replaces this one.</source>
        <translation>หากออกบัตรใหม่ บัตรนี้จะใช้ไม่ได้</translation>
    </message>
    <message>
        <source>Judges&apos; phone cards — {title}</source>
        <translation>บัตรสำหรับโทรศัพท์ของกรรมการ — {title}</translation>
    </message>
    <message>
        <source>Scan with your phone, then type your PIN.</source>
        <translation>สแกนด้วยโทรศัพท์ของท่าน แล้วพิมพ์ PIN</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>มกราคม</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>กุมภาพันธ์</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>มีนาคม</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>เมษายน</translation>
    </message>
    <message>
        <source>May</source>
        <translation>พฤษภาคม</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>มิถุนายน</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>กรกฎาคม</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>สิงหาคม</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>กันยายน</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>ตุลาคม</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>พฤศจิกายน</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ธันวาคม</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>จันทร์</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>อังคาร</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>พุธ</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>พฤหัสบดี</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ศุกร์</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>เสาร์</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>อาทิตย์</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>แก้ไขรายการในกำหนดการ</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>รายการใหม่ในกำหนดการ</translation>
    </message>
    <message>
        <source>e.g. Opening keynote</source>
        <translation>เช่น ปาฐกถาเปิดงาน</translation>
    </message>
    <message>
        <source>Room or track</source>
        <translation>ห้องหรือแทร็ก</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>เริ่มเวลา</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>สิ้นสุดเวลา</translation>
    </message>
    <message>
        <source>from</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>เพิ่มสมาชิก…</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>เพิ่มแขกรับเชิญ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ชื่อเรื่อง:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Room or track:</source>
        <translation>ห้องหรือแทร็ก:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>เวลา:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>คำอธิบาย:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>วิทยากร:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (แขกรับเชิญ)</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>The day of the chosen event: talks, breaks and rooms.</source>
        <translation>ตารางเวลาของกิจกรรมที่เลือก: การบรรยาย ช่วงพัก และห้อง</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>เพิ่มรายการ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ทำสำเนา</translation>
    </message>
    <message>
        <source>A copy placed right after the item, in the same room (Ctrl+D)</source>
        <translation>สำเนาที่วางต่อจากรายการนี้ในห้องเดียวกัน (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>ส่งออก PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>ส่งออก Excel…</translation>
    </message>
    <message>
        <source>Programme items</source>
        <translation>รายการในกำหนดการ</translation>
    </message>
    <message>
        <source>No items yet. Add the first one with “Add item…”.</source>
        <translation>ยังไม่มีรายการ เพิ่มรายการแรกด้วย “เพิ่มรายการ…”</translation>
    </message>
    <message>
        <source>Programme warnings</source>
        <translation>คำเตือนของกำหนดการ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <source>%1 — times in %2</source>
        <translation>%1 — เวลาตาม %2</translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation>เลือกหรือสร้างกิจกรรมก่อน</translation>
    </message>
    <message>
        <source>No clashes: every room and speaker is in one place at a time.</source>
        <translation>ไม่มีการชนกัน: ทุกห้องและวิทยากรอยู่ที่เดียวในแต่ละช่วงเวลา</translation>
    </message>
    <message>
        <source>%1 warnings — click one to see the item</source>
        <translation>คำเตือน %1 รายการ — คลิกเพื่อดูรายการในกำหนดการ</translation>
    </message>
    <message>
        <source>1 warning — click it to see the item</source>
        <translation>คำเตือน 1 รายการ — คลิกเพื่อดูรายการในกำหนดการ</translation>
    </message>
    <message>
        <source>Cannot duplicate the item</source>
        <translation>ทำสำเนารายการไม่ได้</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <source>Delete “%1” from the programme?</source>
        <translation>ลบ “%1” ออกจากกำหนดการหรือไม่</translation>
    </message>
    <message>
        <source>Cannot delete the item</source>
        <translation>ลบรายการไม่ได้</translation>
    </message>
    <message>
        <source>PDF agenda (*.pdf)</source>
        <translation>กำหนดการ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>ส่งออกกำหนดการ</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>Agenda written to %1</source>
        <translation>เขียนกำหนดการลงใน %1 แล้ว</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่ได้เขียนไฟล์ใด</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยกเลิกการทำงาน</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ความช่วยเหลือ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ถัดไป(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>เสร็จสิ้น(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ความช่วยเหลือ</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
</context>
<context>
    <name>RegisterMembersDialog</name>
    <message>
        <source>Register members — %1</source>
        <translation>ลงทะเบียนสมาชิก — %1</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation…</source>
        <translation>ค้นหาชื่อด้วยอักษรใดก็ได้ อีเมล หรือสังกัด…</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <source>Hide those registered already</source>
        <translation>ซ่อนผู้ที่ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>เลือกทั้งหมดที่แสดง</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>ไม่เลือกเลย</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>บทบาท:</translation>
    </message>
    <message>
        <source>Sign-ups closed on %1: register them all the same</source>
        <translation>ปิดรับสมัครไปแล้วเมื่อ %1: ลงทะเบียนให้ทั้งหมดอยู่ดี</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>กำลังโหลดสมาชิก…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>ชื่ออักษรท้องถิ่น</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>ค้นหาสมาชิก</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>SSP visit year</source>
        <translation>ปีที่เข้าร่วม SSP</translation>
    </message>
    <message>
        <source>Members to register</source>
        <translation>สมาชิกที่จะลงทะเบียน</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>ปีที่เยือน</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>For this event</source>
        <translation>สำหรับกิจกรรมนี้</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <source>Any visit year</source>
        <translation>ทุกปีที่เยือน</translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>แสดงสมาชิก %1 จาก %2 คน</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>ลงทะเบียน %1 คน</translation>
    </message>
    <message>
        <source>No limit on places</source>
        <translation>ไม่จำกัดจำนวนที่นั่ง</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>ว่าง %1 จาก %2 ที่นั่ง</translation>
    </message>
    <message>
        <source>%1 will join the waitlist</source>
        <translation>%1 คนจะเข้ารายชื่อรอ</translation>
    </message>
    <message>
        <source>Registered %1, waitlisted %2.</source>
        <translation>ลงทะเบียนแล้ว %1 คน เข้ารายชื่อรอ %2 คน</translation>
    </message>
    <message>
        <source>%1 had a registration already.</source>
        <translation>%1 คนมีการลงทะเบียนอยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Registrations</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>Register members…</source>
        <translation>ลงทะเบียนสมาชิก…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>ลงทะเบียนหน้างาน…</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>ในรายชื่อรอ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>เช็คอินแล้ว</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>ค้นหาการลงทะเบียน</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation…</source>
        <translation>ค้นหาชื่อด้วยอักษรใดก็ได้ อีเมล หรือสังกัด…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>ทุกบทบาท</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>เปลี่ยนบทบาท</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>ยกเลิกการลงทะเบียน</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>คืนสถานะ</translation>
    </message>
    <message>
        <source>Undo the cancellation: back to a place if one is free, else to the end of the waitlist.</source>
        <translation>คืนสถานะการลงทะเบียนที่ยกเลิก: ได้ที่นั่งกลับหากยังมีที่ว่าง มิฉะนั้นจะไปต่อท้ายรายชื่อรอ</translation>
    </message>
    <message>
        <source>Desk note…</source>
        <translation>บันทึกสำหรับโต๊ะ…</translation>
    </message>
    <message>
        <source>What the check-in desk must do for this person; shown when they check in.</source>
        <translation>สิ่งที่โต๊ะเช็คอินต้องทำให้บุคคลนี้ จะแสดงเมื่อบุคคลนี้เช็คอิน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>ชื่ออักษรท้องถิ่น</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>ลงทะเบียนเมื่อ</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>เช็คอินแล้ว</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Desk note</source>
        <translation>บันทึกสำหรับโต๊ะ</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to see who is coming.</source>
        <translation>เลือกกิจกรรมในแถบด้านบนเพื่อดูว่าใครจะมาบ้าง</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>sign-ups close %1</source>
        <translation>ปิดรับสมัคร %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>No event is chosen. Create one on the Events page, then pick it in the bar above.</source>
        <translation>ยังไม่ได้เลือกกิจกรรม สร้างกิจกรรมในหน้ากิจกรรม แล้วเลือกในแถบด้านบน</translation>
    </message>
    <message>
        <source>No one is registered for this event yet.

“Register members…” signs people up from the roster; “Walk-in…” adds a person at the desk.</source>
        <translation>ยังไม่มีผู้ลงทะเบียนในกิจกรรมนี้

“ลงทะเบียนสมาชิก…” ใช้ลงทะเบียนผู้เข้าร่วมจากรายชื่อสมาชิก ส่วน “ลงทะเบียนหน้างาน…” ใช้เพิ่มผู้เข้าร่วมที่โต๊ะ</translation>
    </message>
    <message>
        <source>Over capacity by %1</source>
        <translation>เกินจำนวนที่รับ %1 คน</translation>
    </message>
    <message>
        <source>%1 places free</source>
        <translation>ว่าง %1 ที่นั่ง</translation>
    </message>
    <message>
        <source>Full: new sign-ups join the waitlist</source>
        <translation>เต็มแล้ว: ผู้สมัครใหม่จะเข้ารายชื่อรอ</translation>
    </message>
    <message>
        <source>No limit on places</source>
        <translation>ไม่จำกัดจำนวนที่นั่ง</translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation>(+รอ %1 คน)</translation>
    </message>
    <message>
        <source>%1 registrations</source>
        <translation>การลงทะเบียน %1 รายการ</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>แสดง %1 จาก %2 รายการ</translation>
    </message>
    <message>
        <source>Undo the check-in at the desk first.</source>
        <translation>ยกเลิกการเช็คอินที่โต๊ะก่อน</translation>
    </message>
    <message>
        <source>Cancel the registration of %1?</source>
        <translation>ยกเลิกการลงทะเบียนของ %1 หรือไม่</translation>
    </message>
    <message>
        <source>The first person on the waitlist gets the place.</source>
        <translation>ผู้ที่อยู่ลำดับแรกในรายชื่อรอจะได้ที่นั่งนี้</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>ยกเลิกแล้ว: %1</translation>
    </message>
    <message>
        <source>Promoted from the waitlist: %1.</source>
        <translation>เลื่อนจากรายชื่อรอ: %1</translation>
    </message>
    <message>
        <source>Restored: %1 has a place again.</source>
        <translation>คืนสถานะแล้ว: %1 ได้ที่นั่งอีกครั้ง</translation>
    </message>
    <message>
        <source>The event is full: %1 is back on the waitlist, at the end.</source>
        <translation>กิจกรรมเต็ม: %1 กลับไปอยู่ท้ายรายชื่อรอ</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>ตอนนี้ %1 เป็น: %2</translation>
    </message>
    <message>
        <source>Desk note for %1 saved.</source>
        <translation>บันทึกสำหรับโต๊ะของ %1 บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Desk note for %1 cleared.</source>
        <translation>ล้างบันทึกสำหรับโต๊ะของ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>SSC Desktop backs this database up when it opens it, before each upgrade and every 10 minutes while an event is under way; it keeps the last 20 and one a day for 30 days. Restoring one puts it in place of the database; the database as it is now is backed up first, so a restore can be undone.</source>
        <translation>SSC Desktop สำรองฐานข้อมูลนี้เมื่อเปิด ก่อนอัปเกรดทุกครั้ง และทุก 10 นาทีระหว่างที่กิจกรรมกำลังดำเนินอยู่ โดยเก็บ 20 ชุดล่าสุด และวันละหนึ่งชุดเป็นเวลา 30 วัน การกู้คืนจะนำข้อมูลสำรองมาแทนที่ฐานข้อมูล ฐานข้อมูลปัจจุบันจะถูกสำรองไว้ก่อน จึงย้อนการกู้คืนได้</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>เก็บไว้ใน: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>สำรองเมื่อ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>การเช็คอิน</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>สคีมา</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>กำลังอ่านข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>กู้คืน(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้(&amp;B)</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>ก่อนอัปเกรด</translation>
    </message>
    <message>
        <source>every 10 minutes (event under way)</source>
        <translation>ทุก 10 นาที (กิจกรรมกำลังดำเนินอยู่)</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>สำรองด้วยตนเอง</translation>
    </message>
    <message>
        <source>%1 backup(s).</source>
        <translation>ข้อมูลสำรอง %1 ชุด</translation>
    </message>
    <message>
        <source>No backups yet: the first is taken when SSC Desktop opens the database.</source>
        <translation>ยังไม่มีข้อมูลสำรอง ชุดแรกจะสร้างเมื่อ SSC Desktop เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>กำลังสำรองข้อมูล</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>กำลังสำรองฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Put the backup of %1 (%2 members, %3 registrations, %4 check-ins) in place of the database?

The database as it is now is backed up first, so you can come back to it.</source>
        <translation>นำข้อมูลสำรองของ %1 (สมาชิก %2 คน การลงทะเบียน %3 รายการ การเช็คอิน %4 รายการ) มาแทนที่ฐานข้อมูลหรือไม่

ฐานข้อมูลปัจจุบันจะถูกสำรองไว้ก่อน คุณจึงกลับมาใช้ได้</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>กำลังกู้คืน…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>กำลังกู้คืน</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>กำลังกู้คืนข้อมูลสำรองของ %1…</translation>
    </message>
    <message>
        <source>Cancelled: the database was not changed.</source>
        <translation>ยกเลิกแล้ว: ฐานข้อมูลไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <source>(not imported)</source>
        <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
        <source>Name (Latin letters)</source>
        <translation>ชื่อ (อักษรละติน)</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>ชื่ออักษรท้องถิ่น</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>คำอ่าน (คานะ)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>ประเทศ / ภูมิภาค</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Visit year</source>
        <translation>ปีที่เยือน</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>สถาบันผู้รับ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>ชื่อต้น</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>ชื่อกลาง</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Keep in the notes</source>
        <translation>เก็บไว้ในหมายเหตุ</translation>
    </message>
    <message>
        <source>+ %1 (joined with the other column)</source>
        <translation>+ %1 (รวมกับคอลัมน์อื่น)</translation>
    </message>
    <message>
        <source>Update the member</source>
        <translation>อัปเดตสมาชิก</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>ข้ามแถวนี้</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>เก็บไว้ทั้งคู่</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>หัวตาราง</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct the value</source>
        <translation>ดับเบิลคลิกหรือกด F2 เพื่อแก้ไขค่า</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Leave this row out of the import</source>
        <translation>ไม่นำเข้าแถวนี้</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>นำเข้ารายชื่อสมาชิก</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The import stopped: %1 Nothing was changed.</source>
        <translation>การนำเข้าหยุดลง: %1 ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <source>Rubric — %1</source>
        <translation>เกณฑ์การให้คะแนน — %1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>หัวข้อประเมิน</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>ต่ำสุด</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>สูงสุด</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <source>Guide (level: meaning; level: meaning)</source>
        <translation>คำอธิบาย (ระดับ: ความหมาย; ระดับ: ความหมาย)</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>เพิ่มหัวข้อประเมิน</translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation>นำรายการสุดท้ายออก</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a certificate</source>
        <translation>สแกนใบประกาศนียบัตร</translation>
    </message>
    <message>
        <source>Hold the certificate&apos;s QR code up to the camera.</source>
        <translation>ยื่นคิวอาร์โค้ดบนใบประกาศนียบัตรให้กล้อง</translation>
    </message>
    <message>
        <source>No camera found. Type the certificate&apos;s number, or paste its QR text, into the Verify box.</source>
        <translation>ไม่พบกล้อง พิมพ์เลขที่ใบประกาศนียบัตร หรือวางข้อความจากคิวอาร์โค้ดลงในช่องตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>ScannerLayoutHint</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 หรือ %2</translation>
    </message>
    <message>
        <source>This scanner&apos;s keys are being typed as Japanese kana: the input method on this laptop is in kana mode. Switch it to direct input (英数 / alphanumeric) while scanning; codes are being corrected meanwhile.</source>
        <translation>ปุ่มของเครื่องสแกนนี้ถูกพิมพ์เป็นอักษรคานะญี่ปุ่น เพราะระบบป้อนข้อมูลของแล็ปท็อปเครื่องนี้อยู่ในโหมดคานะ สลับเป็นการป้อนโดยตรง (英数 / ตัวอักษรและตัวเลข) ขณะสแกน ระหว่างนี้ระบบจะแก้ไขรหัสให้</translation>
    </message>
    <message>
        <source>This scanner types as a US keyboard but this laptop uses %1. Set the scanner to the %2 layout (see its manual: keyboard country / language barcode) or switch the laptop to US English; codes are being corrected meanwhile.</source>
        <translation>เครื่องสแกนนี้พิมพ์เหมือนแป้นพิมพ์แบบ US แต่แล็ปท็อปเครื่องนี้ใช้แบบ%1 ตั้งเครื่องสแกนเป็นรูปแบบ%2 (ดูคู่มือ: บาร์โค้ดตั้งค่าประเทศ / ภาษาของแป้นพิมพ์) หรือสลับแล็ปท็อปเป็น US English ระหว่างนี้ระบบจะแก้ไขรหัสให้</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>เข้าใจแล้ว</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sakura Science Club</source>
        <translation>Sakura Science Club</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>เช็คอิน</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>การประกวด</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>ใบประกาศนียบัตร</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>การตั้งค่าอีเมล</translation>
    </message>
    <message>
        <source>e.g. smtp.gmail.com</source>
        <translation>เช่น smtp.gmail.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (ปกติใช้พอร์ต 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (ปกติใช้พอร์ต 465)</translation>
    </message>
    <message>
        <source>None — unencrypted (local relays only)</source>
        <translation>ไม่มี — ไม่เข้ารหัส (สำหรับรีเลย์ภายในเท่านั้น)</translation>
    </message>
    <message>
        <source>e.g. reunion@ssc-india.org</source>
        <translation>เช่น reunion@ssc-india.org</translation>
    </message>
    <message>
        <source>e.g. SSC India (the chapter&apos;s name if empty)</source>
        <translation>เช่น SSC India (ใช้ชื่อสาขาหากเว้นว่าง)</translation>
    </message>
    <message>
        <source>Test to</source>
        <translation>ทดสอบส่งถึง</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>ส่งอีเมลทดสอบ</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>ความปลอดภัย:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>พอร์ต:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>ที่อยู่ผู้ส่ง:</translation>
    </message>
    <message>
        <source>From name:</source>
        <translation>ชื่อผู้ส่ง:</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>ส่งทดสอบถึง:</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring (%1), not in the database: each laptop that sends e-mail has it typed once.</source>
        <translation>รหัสผ่านเก็บไว้ในพวงกุญแจของคอมพิวเตอร์เครื่องนี้ (%1) ไม่ใช่ในฐานข้อมูล แล็ปท็อปแต่ละเครื่องที่ส่งอีเมลต้องพิมพ์รหัสผ่านหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password an older version saved is still in the database, where every desk can read it. Save to take it out: it is then kept only until SSC Desktop closes.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีพวงกุญแจ รหัสผ่านที่เวอร์ชันเก่าบันทึกไว้จึงยังอยู่ในฐานข้อมูล ซึ่งทุกโต๊ะอ่านได้ กดบันทึกเพื่อนำออก จากนั้นรหัสผ่านจะเก็บไว้จนกว่าจะปิด SSC Desktop เท่านั้น</translation>
    </message>
    <message>
        <source>This computer has no keyring (on Linux: no Secret Service such as GNOME Keyring or KWallet), so the password is kept only in memory until SSC Desktop closes, never in the database. Type it again next time.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีพวงกุญแจ (บน Linux: ไม่มี Secret Service เช่น GNOME Keyring หรือ KWallet) รหัสผ่านจึงเก็บไว้ในหน่วยความจำจนกว่าจะปิด SSC Desktop เท่านั้น ไม่เคยเก็บในฐานข้อมูล ครั้งหน้าต้องพิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>กำลังส่งข้อความทดสอบ…</translation>
    </message>
    <message>
        <source>Sent a test message to %1. Check that it arrived.</source>
        <translation>ส่งข้อความทดสอบถึง %1 แล้ว โปรดตรวจดูว่าได้รับหรือไม่</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <source>Station:</source>
        <translation>สถานี:</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>ชื่อโต๊ะ</translation>
    </message>
    <message>
        <source>Checking into:</source>
        <translation>เช็คอินเข้า:</translation>
    </message>
    <message>
        <source>Checking into</source>
        <translation>เช็คอินเข้า</translation>
    </message>
    <message>
        <source>Lists…</source>
        <translation>รายการ…</translation>
    </message>
    <message>
        <source>Add, rename or delete the parts of the day people check into</source>
        <translation>เพิ่ม เปลี่ยนชื่อ หรือลบช่วงของวันที่ผู้เข้าร่วมเช็คอิน</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>ลงทะเบียนหน้างาน…</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>ยกเลิกรายการล่าสุด (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>ออก (Esc)</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>ลงทะเบียนหน้างาน (F2)</translation>
    </message>
    <message>
        <source>Camera on or off (F3)</source>
        <translation>เปิดหรือปิดกล้อง (F3)</translation>
    </message>
    <message>
        <source>Check-in lists (F4)</source>
        <translation>รายการเช็คอิน (F4)</translation>
    </message>
</context>
<context>
    <name>StationLists</name>
    <message>
        <source>The door (whole event)</source>
        <translation>ทางเข้า (ทั้งงาน)</translation>
    </message>
</context>
<context>
    <name>StationServerLink</name>
    <message>
        <source>This desk has no local copy of the event yet: if the server is lost, check-ins stop until it is back.</source>
        <translation>โต๊ะนี้ยังไม่มีสำเนาข้อมูลกิจกรรมในเครื่อง หากเซิร์ฟเวอร์หลุด การเช็คอินจะหยุดจนกว่าเซิร์ฟเวอร์จะกลับมา</translation>
    </message>
    <message>
        <source>The server is out of reach: working from the local copy, %1 check-in(s) waiting. Keep scanning; they are sent when the server is back.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้: กำลังทำงานจากสำเนาในเครื่อง มีการเช็คอินรอส่ง %1 รายการ สแกนต่อไปได้ ระบบจะส่งเมื่อเซิร์ฟเวอร์กลับมา</translation>
    </message>
    <message>
        <source>The server is back: %1 check-in(s) made from the local copy were sent.</source>
        <translation>เซิร์ฟเวอร์กลับมาแล้ว: ส่งการเช็คอินที่ทำจากสำเนาในเครื่องแล้ว %1 รายการ</translation>
    </message>
    <message>
        <source>%1 person(s) were also checked in at another desk meanwhile; the earlier check-in stands: %2</source>
        <translation>ระหว่างนี้มี %1 คนที่เช็คอินที่โต๊ะอื่นด้วย การเช็คอินที่เร็วกว่าจะคงอยู่: %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> และอีก %1 คน</translation>
    </message>
</context>
<context>
    <name>StationSide</name>
    <message>
        <source>Search by name</source>
        <translation>ค้นหาตามชื่อ</translation>
    </message>
    <message>
        <source>No code? Type a name in any script…</source>
        <translation>ไม่มีรหัส? พิมพ์ชื่อด้วยอักษรใดก็ได้…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>ชื่ออักษรท้องถิ่น</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>ทางเข้า</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>คนที่พบ</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>เช็คอิน (Enter)</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>เช็คเอาต์</translation>
    </message>
    <message>
        <source>Desk note…</source>
        <translation>บันทึกสำหรับโต๊ะ…</translation>
    </message>
    <message>
        <source>Leave a note the desk sees when this person checks in.</source>
        <translation>ฝากบันทึกที่โต๊ะจะเห็นเมื่อบุคคลนี้เช็คอิน</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>ออกเมื่อ %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>เข้าเมื่อ %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Roster imported</source>
        <translation>นำเข้ารายชื่อสมาชิกแล้ว</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; imported into &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;นำเข้า &lt;b&gt;%1&lt;/b&gt; สู่ &lt;b&gt;%2&lt;/b&gt; แล้ว&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Members added&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;สมาชิกที่เพิ่ม&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Members updated&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;สมาชิกที่อัปเดต&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Duplicates skipped&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;รายการซ้ำที่ข้าม&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows left out by you&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;แถวที่คุณเลือกข้าม&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows corrected here&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;แถวที่แก้ไขที่นี่&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows left out for errors&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;แถวที่ข้ามเพราะมีข้อผิดพลาด&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No room</source>
        <translation>ไม่มีห้อง</translation>
    </message>
    <message>
        <source>No event chosen</source>
        <translation>ยังไม่ได้เลือกกิจกรรม</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation>ผลการตรวจ</translation>
    </message>
</context>
<context>
    <name>VerifyBox</name>
    <message>
        <source>Certificate number or QR text to verify</source>
        <translation>เลขที่ใบประกาศนียบัตรหรือข้อความ QR ที่จะตรวจสอบ</translation>
    </message>
    <message>
        <source>A certificate number (e.g. SSC-2026-ISCA-000123-K7QX), or the text of its QR code pasted here</source>
        <translation>เลขที่ใบประกาศนียบัตร (เช่น SSC-2026-ISCA-000123-K7QX) หรือวางข้อความจากคิวอาร์โค้ดที่นี่</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <source>Scan with webcam…</source>
        <translation>สแกนด้วยเว็บแคม…</translation>
    </message>
    <message>
        <source>Genuine, signature checked: %1 certificate for %2 (%3), %4, issued %5.</source>
        <translation>ของแท้ ตรวจลายเซ็นแล้ว: ใบประกาศนียบัตรประเภท%1 สำหรับ %2 (%3), %4 ออกเมื่อ %5</translation>
    </message>
    <message>
        <source>Genuine: %1 certificate for %2 (%3), %4, issued %5.</source>
        <translation>ของแท้: ใบประกาศนียบัตรประเภท%1 สำหรับ %2 (%3), %4 ออกเมื่อ %5</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>โหลดใหม่(&amp;R)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>ไปที่ %1</translation>
    </message>
    <message>
        <source>&amp;Page list</source>
        <translation>รายการหน้า(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>ความเปรียบต่างสูง(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Face to face</source>
        <translation>พบหน้ากัน</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>ไฮบริด</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>ทีมงาน</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>แขกรับเชิญ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>อยู่ในรายชื่อรอ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>ปาฐกถาพิเศษ</translation>
    </message>
    <message>
        <source>Alumni talk</source>
        <translation>การบรรยายโดยศิษย์เก่า</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>การเสวนา</translation>
    </message>
    <message>
        <source>Job-hunting seminar</source>
        <translation>สัมมนาการหางาน</translation>
    </message>
    <message>
        <source>Poster session</source>
        <translation>การนำเสนอโปสเตอร์</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>การประกวด</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>สร้างเครือข่าย</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>โปสเตอร์</translation>
    </message>
    <message>
        <source>E-poster</source>
        <translation>โปสเตอร์อิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>เรียงความ</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>การมีส่วนสนับสนุน</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>การเข้าร่วม</translation>
    </message>
    <message>
        <source>Contest awards</source>
        <translation>รางวัลการประกวด</translation>
    </message>
    <message>
        <source>1st prize</source>
        <translation>รางวัลที่ 1</translation>
    </message>
    <message>
        <source>2nd prize</source>
        <translation>รางวัลที่ 2</translation>
    </message>
    <message>
        <source>3rd prize</source>
        <translation>รางวัลที่ 3</translation>
    </message>
    <message>
        <source>Honourable mention</source>
        <translation>รางวัลชมเชย</translation>
    </message>
    <message>
        <source>Mean of judges</source>
        <translation>ค่าเฉลี่ยของกรรมการ</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>ปรับมาตรฐาน (z-score)</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>ค่าเฉลี่ยตัดปลาย</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in — %1</source>
        <translation>ลงทะเบียนหน้างาน — %1</translation>
    </message>
    <message>
        <source>Name in Latin letters, e.g. Priya Kulkarni</source>
        <translation>ชื่อเป็นอักษรละติน เช่น Priya Kulkarni</translation>
    </message>
    <message>
        <source>Name in their own script, e.g. प्रिया कुलकर्णी</source>
        <translation>ชื่อเป็นอักษรของตน เช่น प्रिया कुलकर्णी</translation>
    </message>
    <message>
        <source>Finds the person if they are in the roster already</source>
        <translation>ค้นหาบุคคลนี้หากมีอยู่ในรายชื่อสมาชิกแล้ว</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation>ไม่มีสาขา</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Check them in now</source>
        <translation>เช็คอินให้ทันที</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Own script:</source>
        <translation>ชื่ออักษรท้องถิ่น:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <source>Affiliation:</source>
        <translation>สังกัด:</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>สาขา:</translation>
    </message>
    <message>
        <source>SSP visit year:</source>
        <translation>ปีที่เยือน SSP:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>บทบาท:</translation>
    </message>
    <message>
        <source>The event is full. A walk-in is registered all the same, over the capacity.</source>
        <translation>กิจกรรมเต็มแล้ว ผู้ลงทะเบียนหน้างานจะได้รับการลงทะเบียนอยู่ดี โดยเกินจำนวนที่รับ</translation>
    </message>
    <message>
        <source>Walk-ins are registered even after the sign-up deadline.</source>
        <translation>ผู้ลงทะเบียนหน้างานลงทะเบียนได้แม้เลยกำหนดปิดรับสมัครแล้ว</translation>
    </message>
    <message>
        <source>Register walk-in</source>
        <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>Walk-in registered and checked in: %1.</source>
        <translation>ลงทะเบียนหน้างานและเช็คอินแล้ว: %1</translation>
    </message>
    <message>
        <source>Walk-in registered: %1.</source>
        <translation>ลงทะเบียนหน้างานแล้ว: %1</translation>
    </message>
    <message>
        <source>They were in the roster already.</source>
        <translation>บุคคลนี้มีอยู่ในรายชื่อสมาชิกแล้ว</translation>
    </message>
    <message>
        <source>The event is now over capacity.</source>
        <translation>ขณะนี้กิจกรรมเกินจำนวนที่รับแล้ว</translation>
    </message>
</context>
<context>
    <name>_ChapterPage</name>
    <message>
        <source>Your chapter</source>
        <translation>สาขาของคุณ</translation>
    </message>
    <message>
        <source>The SSC chapter whose reunions you run.</source>
        <translation>สาขา SSC ที่คุณจัดงานพบปะศิษย์เก่า</translation>
    </message>
    <message>
        <source>&amp;Chapter:</source>
        <translation>สาขา(&amp;C):</translation>
    </message>
    <message>
        <source>Pick one, or type your chapter&apos;s name</source>
        <translation>เลือกจากรายการ หรือพิมพ์ชื่อสาขาของคุณ</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>New events start in this chapter and its time zone, and a roster is imported into it. You can leave it empty and choose later.</source>
        <translation>กิจกรรมใหม่จะอยู่ในสาขานี้และเขตเวลาของสาขา และรายชื่อสมาชิกจะนำเข้ามาที่สาขานี้ เว้นว่างไว้แล้วเลือกภายหลังก็ได้</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <source>How would you like to start?</source>
        <translation>คุณต้องการเริ่มอย่างไร</translation>
    </message>
    <message>
        <source>Everything stays on this laptop; nothing needs the internet.</source>
        <translation>ทุกอย่างเก็บอยู่ในแล็ปท็อปเครื่องนี้ ไม่ต้องใช้อินเทอร์เน็ต</translation>
    </message>
    <message>
        <source>&amp;Import my chapter&apos;s roster</source>
        <translation>นำเข้ารายชื่อสมาชิกของสาขา(&amp;I)</translation>
    </message>
    <message>
        <source>An Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file of your members, as you keep it: the columns are recognised and you check them first.</source>
        <translation>ไฟล์ Excel (.xlsx, .xls), LibreOffice (.ods) หรือ CSV ของสมาชิกตามที่คุณเก็บไว้ ระบบจะจดจำคอลัมน์ให้และคุณตรวจดูก่อนได้</translation>
    </message>
    <message>
        <source>Look around the &amp;demo reunion first</source>
        <translation>ดูงานพบปะตัวอย่างก่อน(&amp;D)</translation>
    </message>
    <message>
        <source>A made-up reunion with 300 members, a programme, check-ins and a poster contest, in a database of its own. Your own database stays empty.</source>
        <translation>งานพบปะสมมุติที่มีสมาชิก 300 คน กำหนดการ การเช็คอิน และการประกวดโปสเตอร์ ในฐานข้อมูลของตัวเอง ฐานข้อมูลของคุณยังว่างอยู่</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>เริ่มด้วยฐานข้อมูลว่าง(&amp;E)</translation>
    </message>
    <message>
        <source>Create your first event on the Events page and add members later.</source>
        <translation>สร้างกิจกรรมแรกที่หน้ากิจกรรม แล้วเพิ่มสมาชิกภายหลัง</translation>
    </message>
</context>
</TS>
