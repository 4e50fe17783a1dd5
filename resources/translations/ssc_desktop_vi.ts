<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run a Sakura Science Club chapter reunion from one laptop: members, events, check-in at the door, contests and the reports afterwards — offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tổ chức buổi họp mặt của chi hội Sakura Science Club chỉ với một máy tính xách tay: thành viên, sự kiện, check-in tại cửa, cuộc thi và báo cáo sau sự kiện — hoàn toàn ngoại tuyến.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cơ sở dữ liệu:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <source>Every check-in, undo, check-out, score change, import, merge and wrong judge PIN, with the desk that did it and when. Written with the change itself, so it cannot disagree with the records.</source>
        <translation>Mọi lượt check-in, hoàn tác, check-out, thay đổi điểm, nhập dữ liệu, gộp và nhập sai PIN giám khảo, kèm bàn đã thực hiện và thời điểm. Được ghi cùng lúc với chính thay đổi đó, nên luôn khớp với dữ liệu.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>Thay đổi điểm</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <source>Online report</source>
        <translation>Báo cáo trực tuyến</translation>
    </message>
    <message>
        <source>Member merge</source>
        <translation>Gộp thành viên</translation>
    </message>
    <message>
        <source>Desk merge</source>
        <translation>Gộp bàn</translation>
    </message>
    <message>
        <source>Wrong judge PIN</source>
        <translation>Sai PIN giám khảo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Mọi bàn</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Tìm trong nhật ký hoạt động</translation>
    </message>
    <message>
        <source>Search names, entries, files…</source>
        <translation>Tìm tên, bài dự thi, tệp…</translation>
    </message>
    <message>
        <source>Chosen event only</source>
        <translation>Chỉ sự kiện đang chọn</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Xuất .xlsx…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Bàn:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>SSC Desktop (no desk)</source>
        <translation>SSC Desktop (không có bàn)</translation>
    </message>
    <message>
        <source>Command line (ssc)</source>
        <translation>Dòng lệnh (ssc)</translation>
    </message>
    <message>
        <source>A judge&apos;s phone</source>
        <translation>Điện thoại của giám khảo</translation>
    </message>
    <message>
        <source>Nothing recorded yet: check-ins, score changes, imports and merges appear here as they happen.</source>
        <translation>Chưa có gì được ghi: các lượt check-in, thay đổi điểm, nhập dữ liệu và gộp sẽ hiện ở đây ngay khi diễn ra.</translation>
    </message>
    <message>
        <source>The newest %1 matching entries of %2 (Export has them all).</source>
        <translation>%1 mục khớp mới nhất trong tổng số %2 (tệp xuất có đủ tất cả).</translation>
    </message>
    <message>
        <source>%1 of %2 entries match.</source>
        <translation>%1 trên %2 mục khớp.</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>Lưu nhật ký hoạt động</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1 entries to %2.</source>
        <translation>Đã ghi %1 mục vào %2.</translation>
    </message>
    <message>
        <source>Audit log not written</source>
        <translation>Chưa ghi được nhật ký hoạt động</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Đã hủy; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Badges and tickets — %1</source>
        <translation>Thẻ tên và vé — %1</translation>
    </message>
    <message>
        <source>Name badges (one A4 PDF)</source>
        <translation>Thẻ tên (một tệp PDF khổ A4)</translation>
    </message>
    <message>
        <source>Personal tickets (one PDF per person, into a folder)</source>
        <translation>Vé cá nhân (mỗi người một tệp PDF, lưu vào thư mục)</translation>
    </message>
    <message>
        <source>E-mail personal tickets</source>
        <translation>Gửi vé cá nhân qua email</translation>
    </message>
    <message>
        <source>8 per sheet — 99.1 × 67.7 mm (Avery L7165)</source>
        <translation>8 thẻ/tờ — 99,1 × 67,7 mm (Avery L7165)</translation>
    </message>
    <message>
        <source>10 per sheet — 85 × 54 mm (card size, Avery C32011)</source>
        <translation>10 thẻ/tờ — 85 × 54 mm (cỡ danh thiếp, Avery C32011)</translation>
    </message>
    <message>
        <source>One A6 badge per page</source>
        <translation>Mỗi trang một thẻ A6</translation>
    </message>
    <message>
        <source>Cut marks in the margins</source>
        <translation>Dấu cắt ở lề</translation>
    </message>
    <message>
        <source>Everyone registered</source>
        <translation>Mọi người đã đăng ký</translation>
    </message>
    <message>
        <source>Only the role</source>
        <translation>Chỉ vai trò</translation>
    </message>
    <message>
        <source>The %1 selected registrations</source>
        <translation>%1 lượt đăng ký đã chọn</translation>
    </message>
    <message>
        <source>Selected registrations (select them in the list first)</source>
        <translation>Các lượt đăng ký đã chọn (hãy chọn trong danh sách trước)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Lưu vào</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Only people who have not had their current ticket yet</source>
        <translation>Chỉ những người chưa nhận vé hiện hành</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Tạo:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Khổ in:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Cho:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Lưu vào:</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>Tạo PDF</translation>
    </message>
    <message>
        <source>Sent through %1 from %2.</source>
        <translation>Gửi qua %1 từ %2.</translation>
    </message>
    <message>
        <source>No e-mail server is set up yet: File → E-mail settings…</source>
        <translation>Chưa thiết lập máy chủ email: Tệp → Cài đặt email…</translation>
    </message>
    <message>
        <source>Write tickets</source>
        <translation>Tạo vé</translation>
    </message>
    <message>
        <source>Send e-mails</source>
        <translation>Gửi email</translation>
    </message>
    <message>
        <source>Save the badges</source>
        <translation>Lưu thẻ tên</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the tickets</source>
        <translation>Thư mục chứa vé</translation>
    </message>
    <message>
        <source>Printing badges</source>
        <translation>Đang in thẻ tên</translation>
    </message>
    <message>
        <source>Writing tickets</source>
        <translation>Đang tạo vé</translation>
    </message>
    <message>
        <source>E-mailing tickets</source>
        <translation>Đang gửi vé qua email</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 trang</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>Wrote %1 badges on %2 to %3</source>
        <translation>Đã tạo %1 thẻ tên trên %2 vào %3</translation>
    </message>
    <message>
        <source>Wrote %1 tickets into the folder %2</source>
        <translation>Đã tạo %1 vé trong thư mục %2</translation>
    </message>
    <message>
        <source>Sent %1 tickets.</source>
        <translation>Đã gửi %1 vé.</translation>
    </message>
    <message>
        <source>%1 people had their ticket already.</source>
        <translation>%1 người đã có vé từ trước.</translation>
    </message>
    <message>
        <source>… and %1 more not sent.</source>
        <translation>… và %1 người khác chưa gửi được.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Camera off</source>
        <translation>Camera đang tắt</translation>
    </message>
    <message>
        <source>No camera found. Use the scanner or search by name.</source>
        <translation>Không tìm thấy camera. Hãy dùng máy quét hoặc tìm theo tên.</translation>
    </message>
    <message>
        <source>The camera stopped: </source>
        <translation>Camera đã dừng: </translation>
    </message>
</context>
<context>
    <name>CertificateTemplateDialog</name>
    <message>
        <source>Certificate template</source>
        <translation>Mẫu giấy chứng nhận</translation>
    </message>
    <message>
        <source>Landscape (A4 across)</source>
        <translation>Khổ ngang (A4 nằm ngang)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Participation: joining online counts from this many minutes (0: only on site)</source>
        <translation>Tham dự: tham gia trực tuyến được tính từ số phút này (0: chỉ tính tham dự tại địa điểm)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Trường thay thế: %1</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Trang:</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>Màu nhấn:</translation>
    </message>
    <message>
        <source>Online counts from:</source>
        <translation>Tính trực tuyến từ:</translation>
    </message>
    <message>
        <source>Signatory %1: name</source>
        <translation>Người ký %1: họ tên</translation>
    </message>
    <message>
        <source>title, e.g. Chapter president</source>
        <translation>chức danh, vd. Chủ tịch chi hội</translation>
    </message>
    <message>
        <source>Signatory %1: title</source>
        <translation>Người ký %1: chức danh</translation>
    </message>
    <message>
        <source>Signature image…</source>
        <translation>Ảnh chữ ký…</translation>
    </message>
    <message>
        <source>Chapter logo…</source>
        <translation>Logo chi hội…</translation>
    </message>
    <message>
        <source>Remove pictures</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <source>Signatories (up to two):</source>
        <translation>Người ký (tối đa hai người):</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Đang vẽ bản xem trước…</translation>
    </message>
    <message>
        <source>Preview with a sample name; the real certificates use each person&apos;s.</source>
        <translation>Xem trước với tên mẫu; giấy chứng nhận thật dùng tên của từng người.</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Màu nhấn</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose an event to see a preview.</source>
        <translation>Chọn một sự kiện để xem trước.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Người đóng góp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Tên bản ngữ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Add contributor…</source>
        <translation>Thêm người đóng góp…</translation>
    </message>
    <message>
        <source>Edit reason…</source>
        <translation>Sửa lý do…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Giấy chứng nhận đã cấp</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>Cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Sửa mẫu…</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Mẫu mới…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <source>All in one PDF (for printing)</source>
        <translation>Tất cả trong một tệp PDF (để in)</translation>
    </message>
    <message>
        <source>One PDF per person, named after them (for e-mail)</source>
        <translation>Mỗi người một tệp PDF, đặt theo tên người đó (để gửi email)</translation>
    </message>
    <message>
        <source>Left out, and why:</source>
        <translation>Bị loại ra và lý do:</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Không bao gồm</translation>
    </message>
    <message>
        <source>Write certificates…</source>
        <translation>Tạo giấy chứng nhận…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to thank, certify and award its people.</source>
        <translation>Chọn một sự kiện trên thanh phía trên để cảm ơn, chứng nhận và trao giải cho những người tham gia.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 people get a certificate; %2 left out.</source>
        <translation>%1 người được cấp giấy chứng nhận; %2 người bị loại ra.</translation>
    </message>
    <message>
        <source>%1 added as a contributor.</source>
        <translation>Đã thêm %1 làm người đóng góp.</translation>
    </message>
    <message>
        <source>Reason for %1 saved.</source>
        <translation>Đã lưu lý do cho %1.</translation>
    </message>
    <message>
        <source>Remove contributor</source>
        <translation>Xóa người đóng góp</translation>
    </message>
    <message>
        <source>Remove %1 from the contributors?</source>
        <translation>Xóa %1 khỏi danh sách người đóng góp?</translation>
    </message>
    <message>
        <source>%1 is no longer a contributor.</source>
        <translation>%1 không còn là người đóng góp.</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Thư mục chứa giấy chứng nhận</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Lưu giấy chứng nhận</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 certificates to %2.</source>
        <translation>Đã tạo %1 giấy chứng nhận vào %2.</translation>
    </message>
    <message>
        <source>Wrote %1 certificates into %2.</source>
        <translation>Đã tạo %1 giấy chứng nhận trong %2.</translation>
    </message>
    <message>
        <source>Drawing %1 certificates…</source>
        <translation>Đang vẽ %1 giấy chứng nhận…</translation>
    </message>
    <message>
        <source>Cancelled; no certificate file was left behind.</source>
        <translation>Đã hủy; không còn sót lại tệp giấy chứng nhận nào.</translation>
    </message>
</context>
<context>
    <name>CheckInCounters</name>
    <message>
        <source>checked in / registered</source>
        <translation>đã check-in / đã đăng ký</translation>
    </message>
    <message>
        <source>checked in / registered · %1 inside now</source>
        <translation>đã check-in / đã đăng ký · %1 người đang ở trong</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 chi hội khác</translation>
    </message>
    <message>
        <source>By chapter: </source>
        <translation>Theo chi hội: </translation>
    </message>
    <message>
        <source>checked in to %1 / registered</source>
        <translation>đã check-in vào %1 / đã đăng ký</translation>
    </message>
    <message>
        <source>By role: </source>
        <translation>Theo vai trò: </translation>
    </message>
</context>
<context>
    <name>CheckInListsDialog</name>
    <message>
        <source>Check-in lists — %1</source>
        <translation>Danh sách check-in — %1</translation>
    </message>
    <message>
        <source>Besides the door, check people into parts of the day. A ticket counts once on each list; the door&apos;s figures never change.</source>
        <translation>Ngoài cửa vào, có thể check-in mọi người vào từng phần trong ngày. Mỗi vé chỉ được tính một lần trên mỗi danh sách; số liệu ở cửa vào không thay đổi.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Part of the programme</source>
        <translation>Phần chương trình</translation>
    </message>
    <message>
        <source>Whole event</source>
        <translation>Toàn bộ sự kiện</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã check-in</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Check-in lists</source>
        <translation>Danh sách check-in</translation>
    </message>
    <message>
        <source>e.g. Banquet</source>
        <translation>vd. Tiệc tối</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Part of the programme:</source>
        <translation>Phần chương trình:</translation>
    </message>
    <message>
        <source>Add as new list</source>
        <translation>Thêm thành danh sách mới</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Delete list…</source>
        <translation>Xóa danh sách…</translation>
    </message>
    <message>
        <source>List “%1” added.</source>
        <translation>Đã thêm danh sách “%1”.</translation>
    </message>
    <message>
        <source>List “%1” saved.</source>
        <translation>Đã lưu danh sách “%1”.</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>“%1” has %2 check-ins. Delete the list and its check-ins? Arrivals at the door are kept.</source>
        <translation>“%1” có %2 lượt check-in. Xóa danh sách cùng các lượt check-in đó? Các lượt đến tại cửa vào vẫn được giữ.</translation>
    </message>
    <message>
        <source>List “%1” deleted.</source>
        <translation>Đã xóa danh sách “%1”.</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Trạm:</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Tên bàn</translation>
    </message>
    <message>
        <source>Open check-in station</source>
        <translation>Mở trạm check-in</translation>
    </message>
    <message>
        <source>A full-screen desk for scanners, the webcam and the queue (Esc leaves it)</source>
        <translation>Bàn check-in toàn màn hình cho máy quét, webcam và hàng chờ (nhấn Esc để thoát)</translation>
    </message>
    <message>
        <source>Check-in lists…</source>
        <translation>Danh sách check-in…</translation>
    </message>
    <message>
        <source>Parts of the day people check into besides the door</source>
        <translation>Các phần trong ngày cần check-in, ngoài cửa vào</translation>
    </message>
    <message>
        <source>Prepare desk…</source>
        <translation>Chuẩn bị bàn…</translation>
    </message>
    <message>
        <source>This event in a file, for a laptop with no server</source>
        <translation>Sự kiện này trong một tệp, cho máy tính không có máy chủ</translation>
    </message>
    <message>
        <source>Merge desks…</source>
        <translation>Gộp bàn…</translation>
    </message>
    <message>
        <source>Bring the check-ins of desk files back</source>
        <translation>Đưa các lượt check-in từ tệp bàn về đây</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>đã check-in</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>Tìm người để check-in</translation>
    </message>
    <message>
        <source>Type a name in any script, e-mail or affiliation, then Enter to check in…</source>
        <translation>Nhập tên (chữ viết bất kỳ), email hoặc đơn vị, rồi nhấn Enter để check-in…</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>Người đã đăng ký</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Hoàn tác check-in</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Tên bản ngữ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to open its check-in desk.</source>
        <translation>Chọn một sự kiện trên thanh phía trên để mở bàn check-in.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>No event is chosen. Create one on the Events page, then pick it in the bar above.</source>
        <translation>Chưa chọn sự kiện. Hãy tạo sự kiện ở trang Sự kiện, rồi chọn trên thanh phía trên.</translation>
    </message>
    <message>
        <source>No one is registered for this event yet.</source>
        <translation>Chưa có ai đăng ký sự kiện này.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Đã check-in: %1</translation>
    </message>
    <message>
        <source>Check-in undone: %1</source>
        <translation>Đã hoàn tác check-in: %1</translation>
    </message>
</context>
<context>
    <name>CheckInStation</name>
    <message>
        <source>Check-in station — %1</source>
        <translation>Trạm check-in — %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Scan a ticket, hold it up to the camera, or search by name.</source>
        <translation>Quét vé, đưa vé trước camera, hoặc tìm theo tên.</translation>
    </message>
    <message>
        <source>List not created</source>
        <translation>Chưa tạo được danh sách</translation>
    </message>
    <message>
        <source>Could not read the event again: %1</source>
        <translation>Không đọc lại được sự kiện: %1</translation>
    </message>
    <message>
        <source>NOT checked in</source>
        <translation>CHƯA check-in</translation>
    </message>
    <message>
        <source>An unexpected problem stopped this check-in. Scan again; if it happens again, check the person in by name.</source>
        <translation>Một sự cố bất ngờ đã làm dừng lượt check-in này. Hãy quét lại; nếu vẫn lỗi, hãy check-in theo tên.</translation>
    </message>
    <message>
        <source>Check in again (Enter)</source>
        <translation>Check-in lại (Enter)</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Check-in (Enter)</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Đã check-in trước đó</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Chưa check-in</translation>
    </message>
    <message>
        <source>Welcome back!</source>
        <translation>Chào mừng trở lại!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Chào mừng!</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Chưa check-out</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Đã check-out</translation>
    </message>
    <message>
        <source>Checking them in again later counts as re-entry.</source>
        <translation>Nếu check-in lại sau đó, lượt đó được tính là vào lại.</translation>
    </message>
    <message>
        <source>Nothing undone</source>
        <translation>Không có gì để hoàn tác</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Đã hoàn tác check-in</translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>Đã đăng ký tại chỗ</translation>
    </message>
    <message>
        <source>Checked in at %1 at %2</source>
        <translation>Đã check-in lúc %1 tại %2</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Đã check-in lúc %1</translation>
    </message>
    <message>
        <source>This registration was cancelled.</source>
        <translation>Lượt đăng ký này đã bị hủy.</translation>
    </message>
    <message>
        <source>On the waiting list, not registered. Ask the coordinator.</source>
        <translation>Đang trong danh sách chờ, chưa được đăng ký. Hãy hỏi điều phối viên.</translation>
    </message>
    <message>
        <source>This ticket was re-issued; the old code no longer works. Ask for the new ticket or search the name.</source>
        <translation>Vé này đã được cấp lại; mã cũ không còn dùng được. Hãy yêu cầu vé mới hoặc tìm theo tên.</translation>
    </message>
    <message>
        <source>Forged or damaged code. Search the name instead.</source>
        <translation>Mã giả hoặc bị hỏng. Hãy tìm theo tên.</translation>
    </message>
    <message>
        <source>Not an SSC ticket code.</source>
        <translation>Không phải mã vé SSC.</translation>
    </message>
    <message>
        <source>Ticket for another event: %1</source>
        <translation>Vé của sự kiện khác: %1</translation>
    </message>
    <message>
        <source>(same chapter)</source>
        <translation>(cùng chi hội)</translation>
    </message>
    <message>
        <source>Not checked in.</source>
        <translation>Chưa check-in.</translation>
    </message>
    <message>
        <source>Speaker: take them to the green room.</source>
        <translation>Diễn giả: đưa đến phòng chờ.</translation>
    </message>
    <message>
        <source>Judge: hand over the scoring kit.</source>
        <translation>Giám khảo: trao bộ tài liệu chấm điểm.</translation>
    </message>
    <message>
        <source>Staff: send them to the staff briefing.</source>
        <translation>Ban tổ chức: mời đến buổi giao ban.</translation>
    </message>
    <message>
        <source>Walk-in: make sure they have a badge.</source>
        <translation>Đăng ký tại chỗ: đảm bảo họ có thẻ tên.</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>trạm này</translation>
    </message>
    <message>
        <source>Checked in at %1 · %2</source>
        <translation>Đã check-in lúc %1 · %2</translation>
    </message>
    <message>
        <source>Code read: %1</source>
        <translation>Mã đã đọc: %1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Problems and duplicates</source>
        <translation>Vấn đề và bản trùng</translation>
    </message>
    <message>
        <source>Correct a value in place (double-click it or press F2), or leave the row out; rows still in error are not imported. Choose what to do with people who are already there.</source>
        <translation>Sửa giá trị ngay tại chỗ (nhấp đúp hoặc nhấn F2), hoặc loại bỏ dòng; các dòng còn lỗi sẽ không được nhập. Chọn cách xử lý những người đã có sẵn.</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Lưu báo cáo…</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Với mọi bản trùng:</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Đang đọc từng dòng…</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Bản trùng (%1)</translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation>Không có bản trùng</translation>
    </message>
    <message>
        <source>%1 rows read: %2 rows left out for errors, %3 warnings, %4 rows left out by you. Checking the corrected rows for duplicates…</source>
        <translation>Đã đọc %1 dòng: %2 dòng bị loại do lỗi, %3 cảnh báo, %4 dòng do bạn loại. Đang kiểm tra trùng lặp ở các dòng đã sửa…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new members, %3 duplicates, %4 rows left out for errors, %5 warnings, %6 rows left out by you.</source>
        <translation>Đã đọc %1 dòng: %2 thành viên mới, %3 bản trùng, %4 dòng bị loại do lỗi, %5 cảnh báo, %6 dòng do bạn loại.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Vấn đề (%1)</translation>
    </message>
    <message>
        <source>No problems left</source>
        <translation>Không còn vấn đề</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Không tìm thấy vấn đề</translation>
    </message>
    <message>
        <source> · %1 rows corrected</source>
        <translation> · đã sửa %1 dòng</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Sổ làm việc Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ContestAwardsTab</name>
    <message>
        <source>Category</source>
        <translation>Hạng mục</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Giải</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Giải thưởng</translation>
    </message>
    <message>
        <source>No award</source>
        <translation>Không có giải</translation>
    </message>
    <message>
        <source>Set for selected</source>
        <translation>Đặt cho mục đã chọn</translation>
    </message>
    <message>
        <source>Suggest from ranks</source>
        <translation>Đề xuất theo thứ hạng</translation>
    </message>
    <message>
        <source>Save awards</source>
        <translation>Lưu giải thưởng</translation>
    </message>
    <message>
        <source>Locked: the awards are final.</source>
        <translation>Đã khóa: giải thưởng là chính thức.</translation>
    </message>
    <message>
        <source>Awards can change until the contest is locked. Unsaved changes are marked *.</source>
        <translation>Có thể thay đổi giải thưởng cho đến khi cuộc thi bị khóa. Các thay đổi chưa lưu được đánh dấu *.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Awards not saved</source>
        <translation>Chưa lưu được giải thưởng</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <source>Edit contest</source>
        <translation>Sửa cuộc thi</translation>
    </message>
    <message>
        <source>New contest</source>
        <translation>Cuộc thi mới</translation>
    </message>
    <message>
        <source>e.g. High-school poster contest</source>
        <translation>vd. Cuộc thi poster cấp THPT</translation>
    </message>
    <message>
        <source>High school, University, Early-career researcher</source>
        <translation>THPT, Đại học, Nhà nghiên cứu trẻ</translation>
    </message>
    <message>
        <source>Blind judging: judges see entry codes, never authors</source>
        <translation>Chấm ẩn danh: giám khảo chỉ thấy mã bài, không thấy tác giả</translation>
    </message>
    <message>
        <source>Judging opens and closes at set times (event&apos;s time zone)</source>
        <translation>Mở và đóng việc chấm điểm vào giờ định sẵn (theo múi giờ của sự kiện)</translation>
    </message>
    <message>
        <source>Judging opens</source>
        <translation>Mở chấm điểm</translation>
    </message>
    <message>
        <source>Judging closes</source>
        <translation>Đóng chấm điểm</translation>
    </message>
    <message>
        <source>The kind&apos;s template</source>
        <translation>Mẫu theo loại cuộc thi</translation>
    </message>
    <message>
        <source>Copy from “%1”</source>
        <translation>Sao chép từ “%1”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Hạng mục</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Judges per entry</source>
        <translation>Số giám khảo mỗi bài</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bảng tiêu chí</translation>
    </message>
</context>
<context>
    <name>ContestEntriesTab</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Hạng mục</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>School / affiliation</source>
        <translation>Trường / đơn vị</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Bài dự thi</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>Thêm bài dự thi…</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Sửa bài dự thi…</translation>
    </message>
    <message>
        <source>Import entries…</source>
        <translation>Nhập bài dự thi…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>Xem tệp</translation>
    </message>
    <message>
        <source>Open the folder with the selected entry&apos;s attached files</source>
        <translation>Mở thư mục chứa tệp đính kèm của bài dự thi đã chọn</translation>
    </message>
    <message>
        <source>Import contest entries</source>
        <translation>Nhập bài dự thi</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>Bảng tính (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Entries not imported</source>
        <translation>Chưa nhập được bài dự thi</translation>
    </message>
    <message>
        <source>Imported %1 entries.</source>
        <translation>Đã nhập %1 bài dự thi.</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>Đính kèm tệp vào %1</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF và ảnh (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Chưa đính kèm được tệp</translation>
    </message>
    <message>
        <source>The selected entry has no attached files.</source>
        <translation>Bài dự thi đã chọn không có tệp đính kèm.</translation>
    </message>
</context>
<context>
    <name>ContestEntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Sửa bài dự thi</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Thêm bài dự thi</translation>
    </message>
    <message>
        <source>e.g. P-21</source>
        <translation>vd. P-21</translation>
    </message>
    <message>
        <source>One author a line: name in own script | Latin name</source>
        <translation>Mỗi dòng một tác giả: tên bản ngữ | tên Latinh</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Hạng mục</translation>
    </message>
    <message>
        <source>School or affiliation</source>
        <translation>Trường hoặc đơn vị</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Tóm tắt</translation>
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
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Xuất kết quả</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>Đã ghi kết quả vào %1</translation>
    </message>
    <message>
        <source>Folder for the judge sheets</source>
        <translation>Thư mục chứa phiếu chấm</translation>
    </message>
    <message>
        <source>Writing the judge sheets…</source>
        <translation>Đang tạo phiếu chấm…</translation>
    </message>
    <message>
        <source>%1 judge sheets written to %2</source>
        <translation>Đã tạo %1 phiếu chấm trong %2</translation>
    </message>
    <message>
        <source>Import judge sheets</source>
        <translation>Nhập phiếu chấm</translation>
    </message>
    <message>
        <source>Judge sheets (*.xlsx)</source>
        <translation>Phiếu chấm (*.xlsx)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 mục khác</translation>
    </message>
    <message>
        <source>Scores emptied in the sheets</source>
        <translation>Điểm bị xóa trong phiếu chấm</translation>
    </message>
    <message>
        <source>%1 score(s) that were given are empty in these sheets:

%2

Remove them (the judge took them back)? No keeps them as they are.</source>
        <translation>%1 điểm đã chấm đang để trống trong các phiếu này:

%2

Xóa các điểm đó (giám khảo đã rút lại)? Chọn Không để giữ nguyên.</translation>
    </message>
    <message>
        <source>Reading the judge sheets…</source>
        <translation>Đang đọc phiếu chấm…</translation>
    </message>
    <message>
        <source>Judge sheets not imported</source>
        <translation>Chưa nhập được phiếu chấm</translation>
    </message>
    <message>
        <source>Judge sheets imported: %1 scores changed.</source>
        <translation>Đã nhập phiếu chấm: %1 điểm đã thay đổi.</translation>
    </message>
    <message>
        <source>%1 emptied score(s) kept.</source>
        <translation>Đã giữ lại %1 điểm bị để trống.</translation>
    </message>
    <message>
        <source>%1 emptied score(s) removed.</source>
        <translation>Đã xóa %1 điểm bị để trống.</translation>
    </message>
    <message>
        <source>Importing the judge sheets…</source>
        <translation>Đang nhập phiếu chấm…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Cuộc thi</translation>
    </message>
</context>
<context>
    <name>ContestJudgeDialog</name>
    <message>
        <source>Add a judge</source>
        <translation>Thêm giám khảo</translation>
    </message>
    <message>
        <source>Entries from this school or affiliation are never theirs</source>
        <translation>Bài dự thi từ trường hoặc đơn vị này sẽ không bao giờ được giao cho người này</translation>
    </message>
    <message>
        <source>6 digits or more suggested (4 to 12); only a hash is kept</source>
        <translation>Nên dùng từ 6 chữ số (4 đến 12); chỉ lưu giá trị băm</translation>
    </message>
    <message>
        <source>Suggest a PIN</source>
        <translation>Đề xuất PIN</translation>
    </message>
    <message>
        <source>Six random digits, shown so you can tell the judge</source>
        <translation>Sáu chữ số ngẫu nhiên, hiển thị để bạn báo cho giám khảo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>School or affiliation</source>
        <translation>Trường hoặc đơn vị</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>A 4- or 5-digit PIN is allowed but quick to guess: 6 digits or more are suggested.</source>
        <translation>PIN 4 hoặc 5 chữ số được chấp nhận nhưng dễ đoán: nên dùng từ 6 chữ số trở lên.</translation>
    </message>
    <message>
        <source>After 5 wrong PINs in a row the judge waits a minute, longer after each further wrong one.</source>
        <translation>Sau 5 lần nhập sai PIN liên tiếp, giám khảo phải đợi một phút, và lâu hơn sau mỗi lần sai tiếp theo.</translation>
    </message>
</context>
<context>
    <name>ContestJudgesTab</name>
    <message>
        <source>Judge</source>
        <translation>Giám khảo</translation>
    </message>
    <message>
        <source>School / affiliation</source>
        <translation>Trường / đơn vị</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Bài dự thi</translation>
    </message>
    <message>
        <source>● assigned · ✓ scored · ✕ declared conflict · – own school. Double-click a cell to assign or unassign.</source>
        <translation>● đã phân công · ✓ đã chấm · ✕ đã khai báo xung đột · – cùng trường. Nhấp đúp vào ô để phân công hoặc bỏ phân công.</translation>
    </message>
    <message>
        <source>Add judge…</source>
        <translation>Thêm giám khảo…</translation>
    </message>
    <message>
        <source>Remove judge</source>
        <translation>Xóa giám khảo</translation>
    </message>
    <message>
        <source>Judges per entry (k)</source>
        <translation>Số giám khảo mỗi bài (k)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Phân công tự động</translation>
    </message>
    <message>
        <source>Each entry gets at least k judges, load balanced, never from its own school or a declared conflict</source>
        <translation>Mỗi bài có ít nhất k giám khảo, chia đều khối lượng, không bao giờ là người cùng trường hoặc có xung đột đã khai báo</translation>
    </message>
    <message>
        <source>● assigned   ✓ scored   ✕ conflict   – own school</source>
        <translation>● đã phân công   ✓ đã chấm   ✕ xung đột   – cùng trường</translation>
    </message>
    <message>
        <source>Judges per entry</source>
        <translation>Số giám khảo mỗi bài</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Giám khảo</translation>
    </message>
    <message>
        <source>Judge-by-entry matrix</source>
        <translation>Ma trận giám khảo × bài dự thi</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Bài dự thi</translation>
    </message>
    <message>
        <source>Cannot assign</source>
        <translation>Không thể phân công</translation>
    </message>
    <message>
        <source>Some entries are short of judges</source>
        <translation>Một số bài dự thi còn thiếu giám khảo</translation>
    </message>
    <message>
        <source>%1: %2 judge(s) short (own school or conflicts)</source>
        <translation>%1: thiếu %2 giám khảo (cùng trường hoặc xung đột)</translation>
    </message>
    <message>
        <source>%1 new assignments (%2 in all).</source>
        <translation>%1 phân công mới (tổng cộng %2).</translation>
    </message>
    <message>
        <source>Cannot change the assignment</source>
        <translation>Không thể thay đổi phân công</translation>
    </message>
    <message>
        <source>Record a conflict: %1 may not judge %2…</source>
        <translation>Ghi nhận xung đột: %1 không được chấm %2…</translation>
    </message>
    <message>
        <source>Record a conflict</source>
        <translation>Ghi nhận xung đột</translation>
    </message>
    <message>
        <source>Why? (same lab, same supervisor, a relative…)</source>
        <translation>Lý do? (cùng phòng thí nghiệm, cùng người hướng dẫn, người thân…)</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>Chưa ghi nhận được xung đột</translation>
    </message>
    <message>
        <source>The entry moved to %1.</source>
        <translation>Bài dự thi đã được chuyển cho %1.</translation>
    </message>
    <message>
        <source>No other judge is free for the entry; assign one by hand.</source>
        <translation>Không còn giám khảo nào khác nhận được bài này; hãy phân công thủ công.</translation>
    </message>
    <message>
        <source>Remove %1 and their %2 assignments and scores from “%3”?</source>
        <translation>Xóa %1 cùng %2 phân công và điểm của họ khỏi “%3”?</translation>
    </message>
    <message>
        <source>Cannot remove the judge</source>
        <translation>Không thể xóa giám khảo</translation>
    </message>
</context>
<context>
    <name>ContestProgressTab</name>
    <message>
        <source>Judge</source>
        <translation>Giám khảo</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Đã chấm</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Still owes</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không còn</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Bài dự thi</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Cũ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách nhập</translation>
    </message>
    <message>
        <source>Who still owes which scores</source>
        <translation>Ai còn thiếu điểm nào</translation>
    </message>
    <message>
        <source>Audit trail: every score change</source>
        <translation>Nhật ký: mọi thay đổi điểm</translation>
    </message>
    <message>
        <source>%1 of %2 score sheets in; %3 still owed.</source>
        <translation>Đã nhận %1 trên %2 phiếu điểm; còn thiếu %3.</translation>
    </message>
</context>
<context>
    <name>ContestResultsTab</name>
    <message>
        <source>Mean of judges</source>
        <translation>Trung bình các giám khảo</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>Chuẩn hóa (điểm z)</translation>
    </message>
    <message>
        <source>Trimmed mean (4+ judges)</source>
        <translation>Trung bình cắt (từ 4 giám khảo)</translation>
    </message>
    <message>
        <source>A judge&apos;s total is the weighted rubric score as a percentage. Normalized: each judge&apos;s totals as z-scores, shown as 100 + 20·z, so a harsh and a lenient judge weigh the same. Trimmed: highest and lowest dropped when an entry has 4 or more judges.</source>
        <translation>Tổng điểm của một giám khảo là điểm theo bảng tiêu chí có trọng số, tính theo phần trăm. Chuẩn hóa: tổng điểm của mỗi giám khảo được quy đổi thành điểm z, hiển thị là 100 + 20·z, để giám khảo chấm khắt khe và giám khảo chấm dễ có sức nặng như nhau. Trung bình cắt: bỏ điểm cao nhất và thấp nhất khi một bài dự thi có từ 4 giám khảo trở lên.</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Xếp hạng theo</translation>
    </message>
    <message>
        <source>Raw totals per judge</source>
        <translation>Tổng điểm thô theo giám khảo</translation>
    </message>
    <message>
        <source>Normalized per judge (100 ± 20)</source>
        <translation>Chuẩn hóa theo giám khảo (100 ± 20)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Hạng mục</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Trimmed</source>
        <translation>TB cắt</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>Chuẩn hóa</translation>
    </message>
    <message>
        <source>Still tied after every tie-break (shown as =): %1</source>
        <translation>Vẫn đồng hạng sau mọi tiêu chí phân định (ký hiệu =): %1</translation>
    </message>
    <message>
        <source>No ties remain.</source>
        <translation>Không còn trường hợp đồng hạng.</translation>
    </message>
</context>
<context>
    <name>ContestSetupTab</name>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Thang điểm</translation>
    </message>
    <message>
        <source>Level guide</source>
        <translation>Hướng dẫn mức điểm</translation>
    </message>
    <message>
        <source>Edit rubric…</source>
        <translation>Sửa bảng tiêu chí…</translation>
    </message>
    <message>
        <source>Copy rubric</source>
        <translation>Sao chép bảng tiêu chí</translation>
    </message>
    <message>
        <source>Mean of judges</source>
        <translation>Trung bình các giám khảo</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>Chuẩn hóa (điểm z)</translation>
    </message>
    <message>
        <source>Trimmed mean (4+ judges)</source>
        <translation>Trung bình cắt (từ 4 giám khảo)</translation>
    </message>
    <message>
        <source>Use for ranking</source>
        <translation>Dùng để xếp hạng</translation>
    </message>
    <message>
        <source>or copy the rubric of</source>
        <translation>hoặc sao chép bảng tiêu chí của</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Xếp hạng theo</translation>
    </message>
    <message>
        <source>then by</source>
        <translation>sau đó theo</translation>
    </message>
    <message>
        <source>then by the number of judges</source>
        <translation>sau đó theo số giám khảo</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bảng tiêu chí</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kind:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Loại:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Categories:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hạng mục:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judges per entry:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Số giám khảo mỗi bài:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind:&lt;/b&gt; yes — judges see codes, never authors</source>
        <translation>&lt;b&gt;Ẩn danh:&lt;/b&gt; có — giám khảo chỉ thấy mã, không thấy tác giả</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind:&lt;/b&gt; no</source>
        <translation>&lt;b&gt;Ẩn danh:&lt;/b&gt; không</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theme:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Chủ đề:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judging:&lt;/b&gt; %1 – %2</source>
        <translation>&lt;b&gt;Chấm điểm:&lt;/b&gt; %1 – %2</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b42318&apos;&gt;Locked:&lt;/b&gt; scores, results and awards are frozen</source>
        <translation>&lt;b style=&apos;color:#b42318&apos;&gt;Đã khóa:&lt;/b&gt; điểm, kết quả và giải thưởng đã được cố định</translation>
    </message>
    <message>
        <source>(no criterion)</source>
        <translation>(không có tiêu chí)</translation>
    </message>
    <message>
        <source>Cannot copy the rubric</source>
        <translation>Không thể sao chép bảng tiêu chí</translation>
    </message>
    <message>
        <source>Cannot change the ranking</source>
        <translation>Không thể thay đổi cách xếp hạng</translation>
    </message>
</context>
<context>
    <name>ContestsPage</name>
    <message>
        <source>Contests</source>
        <translation>Cuộc thi</translation>
    </message>
    <message>
        <source>Poster, e-poster and essay contests of the chosen event: rubric, judges, scores, awards.</source>
        <translation>Các cuộc thi poster, e-poster và bài luận của sự kiện đang chọn: bảng tiêu chí, giám khảo, điểm, giải thưởng.</translation>
    </message>
    <message>
        <source>New contest…</source>
        <translation>Cuộc thi mới…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Judge mode…</source>
        <translation>Chế độ giám khảo…</translation>
    </message>
    <message>
        <source>A judge unlocks with their PIN and scores their own entries</source>
        <translation>Giám khảo mở khóa bằng PIN của mình và chấm các bài được giao</translation>
    </message>
    <message>
        <source>Let judges score on their phones…</source>
        <translation>Cho giám khảo chấm trên điện thoại…</translation>
    </message>
    <message>
        <source>A small web server on this laptop; each judge scans a QR code</source>
        <translation>Một máy chủ web nhỏ trên máy này; mỗi giám khảo quét một mã QR</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Results PDF (announcement)…</source>
        <translation>Kết quả PDF (để công bố)…</translation>
    </message>
    <message>
        <source>Results Excel…</source>
        <translation>Kết quả Excel…</translation>
    </message>
    <message>
        <source>Judge sheets (one .xlsx per judge)…</source>
        <translation>Phiếu chấm (mỗi giám khảo một tệp .xlsx)…</translation>
    </message>
    <message>
        <source>Import judge sheets…</source>
        <translation>Nhập phiếu chấm…</translation>
    </message>
    <message>
        <source>Lock results</source>
        <translation>Khóa kết quả</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Cuộc thi</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Bài dự thi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>No contests for this event yet. Start one with “New contest…”.</source>
        <translation>Sự kiện này chưa có cuộc thi nào. Hãy tạo bằng “Cuộc thi mới…”.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Judges &amp;&amp; assignment</source>
        <translation>Giám khảo &amp;&amp; phân công</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Giải thưởng</translation>
    </message>
    <message>
        <source>Lock the results</source>
        <translation>Khóa kết quả</translation>
    </message>
    <message>
        <source>Lock “%1”? Scores, results and awards are frozen; judges can no longer change anything.</source>
        <translation>Khóa “%1”? Điểm, kết quả và giải thưởng sẽ được cố định; giám khảo không thể thay đổi gì nữa.</translation>
    </message>
    <message>
        <source>Cannot lock</source>
        <translation>Không thể khóa</translation>
    </message>
    <message>
        <source>Judges&apos; phones: serving…</source>
        <translation>Điện thoại giám khảo: đang phục vụ…</translation>
    </message>
</context>
<context>
    <name>ContributorDialog</name>
    <message>
        <source>Edit contribution</source>
        <translation>Sửa đóng góp</translation>
    </message>
    <message>
        <source>Add a contributor</source>
        <translation>Thêm người đóng góp</translation>
    </message>
    <message>
        <source>Find a registered person, any script…</source>
        <translation>Tìm người đã đăng ký, chữ viết bất kỳ…</translation>
    </message>
    <message>
        <source>Find a registered person</source>
        <translation>Tìm người đã đăng ký</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Tên bản ngữ</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>Người đã đăng ký</translation>
    </message>
    <message>
        <source>e.g. for organizing the 3rd India reunion</source>
        <translation>vd. vì đã tổ chức buổi họp mặt Ấn Độ lần thứ 3</translation>
    </message>
    <message>
        <source>Reason, as printed on the certificate</source>
        <translation>Lý do, như in trên giấy chứng nhận</translation>
    </message>
    <message>
        <source>Reason, as printed on the certificate:</source>
        <translation>Lý do, như in trên giấy chứng nhận:</translation>
    </message>
    <message>
        <source>Choose the person in the list first.</source>
        <translation>Hãy chọn người trong danh sách trước.</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <source>Duplicate event</source>
        <translation>Nhân bản sự kiện</translation>
    </message>
    <message>
        <source>A new event like “%1”, on a new date.</source>
        <translation>Một sự kiện mới giống “%1”, vào ngày mới.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Starts (%1):</source>
        <translation>Bắt đầu (%1):</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Kết thúc:</translation>
    </message>
    <message>
        <source>Sign-ups close:</source>
        <translation>Hạn đăng ký:</translation>
    </message>
    <message>
        <source>Chapter, format, venue, online link, time zone and capacity are kept. The programme is copied and moved by the same amount. Registrations are not copied.</source>
        <translation>Giữ nguyên chi hội, hình thức, địa điểm, liên kết trực tuyến, múi giờ và sức chứa. Chương trình được sao chép và dời đi cùng một khoảng thời gian. Các lượt đăng ký không được sao chép.</translation>
    </message>
    <message>
        <source>Create the copy</source>
        <translation>Tạo bản sao</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Không có hạn</translation>
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
        <translation>Đã xảy ra sự cố</translation>
    </message>
    <message>
        <source>SSC Desktop hit an unexpected problem: %1

Everything already confirmed is saved in the database. Details were written to %2.</source>
        <translation>SSC Desktop gặp sự cố ngoài dự kiến: %1

Mọi thứ đã được xác nhận đều đã lưu trong cơ sở dữ liệu. Chi tiết đã được ghi vào %2.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>Xuất báo cáo PDF…</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <source>came</source>
        <translation>đã đến</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>tỷ lệ tham dự</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>đăng ký tại chỗ</translation>
    </message>
    <message>
        <source>contest winners</source>
        <translation>người đoạt giải</translation>
    </message>
    <message>
        <source>Arrivals per hour (local time)</source>
        <translation>Lượt đến theo giờ (giờ địa phương)</translation>
    </message>
    <message>
        <source>By country: registered and came</source>
        <translation>Theo quốc gia: đã đăng ký và đã đến</translation>
    </message>
    <message>
        <source>By role: registered and came</source>
        <translation>Theo vai trò: đã đăng ký và đã đến</translation>
    </message>
    <message>
        <source>Notes for the report</source>
        <translation>Ghi chú cho báo cáo</translation>
    </message>
    <message>
        <source>A few lines for the secretariat: what went well, what to change…</source>
        <translation>Vài dòng cho ban thư ký: điều gì diễn ra tốt, điều gì cần thay đổi…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Mở báo cáo</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to see it at a glance.</source>
        <translation>Chọn một sự kiện trên thanh phía trên để xem tổng quan.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Saved with the event.</source>
        <translation>Đã lưu cùng sự kiện.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <source>Save the reunion report</source>
        <translation>Lưu báo cáo buổi họp mặt</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reunion report - %1</source>
        <translation>Báo cáo buổi họp mặt - %1</translation>
    </message>
    <message>
        <source>Wrote the reunion report to %1.</source>
        <translation>Đã ghi báo cáo buổi họp mặt vào %1.</translation>
    </message>
    <message>
        <source>Reunion report</source>
        <translation>Báo cáo buổi họp mặt</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Đã hủy; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>DatabaseInUseDialog</name>
    <message>
        <source>Database already open</source>
        <translation>Cơ sở dữ liệu đang được mở</translation>
    </message>
    <message>
        <source>This database is open in SSC Desktop on %1 since %2 (process %3).</source>
        <translation>Cơ sở dữ liệu này đang được mở trong SSC Desktop trên máy %1 từ %2 (tiến trình %3).</translation>
    </message>
    <message>
        <source>%1

Two apps writing one file can check a person in twice. Close it there first, or open it read-only here: you can see everything, but change nothing.</source>
        <translation>%1

Hai ứng dụng cùng ghi một tệp có thể check-in một người hai lần. Hãy đóng ở máy kia trước, hoặc mở ở chế độ chỉ đọc tại đây: bạn xem được mọi thứ nhưng không thay đổi được gì.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Mở chỉ đọc</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>Read-only: this database is open in SSC Desktop on %1 (since %2). You can look at everything here, but changes are refused. To work here, close it there, then open it again.</source>
        <translation>Chỉ đọc: cơ sở dữ liệu này đang được mở trong SSC Desktop trên máy %1 (từ %2). Bạn có thể xem mọi thứ ở đây, nhưng mọi thay đổi đều bị từ chối. Để làm việc tại đây, hãy đóng ở máy kia rồi mở lại.</translation>
    </message>
    <message>
        <source>Automatic backup taken at %1.</source>
        <translation>Đã tự động sao lưu lúc %1.</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Tự động sao lưu không thành công: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>This is a shared database server: its backups are the server&apos;s own. Ask its administrator. Before each upgrade of its schema this laptop keeps a copy of it in %1. To see or export what one held, copy it to another folder and open that with File &gt; Open database…</source>
        <translation>Đây là máy chủ cơ sở dữ liệu dùng chung: máy chủ tự sao lưu. Hãy hỏi quản trị viên. Trước mỗi lần nâng cấp lược đồ, máy tính này giữ một bản sao tại %1. Để xem hoặc xuất nội dung, hãy chép nó sang thư mục khác rồi mở bằng Tệp &gt; Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>This is a shared database server: its backups are the server&apos;s own. Ask its administrator.</source>
        <translation>Đây là máy chủ cơ sở dữ liệu dùng chung: việc sao lưu do chính máy chủ đảm nhận. Hãy hỏi quản trị viên của máy chủ.</translation>
    </message>
    <message>
        <source>This database is open read-only, because another SSC Desktop has it open. Restore it there, or close it there and open it here again.</source>
        <translation>Cơ sở dữ liệu này đang mở ở chế độ chỉ đọc vì một SSC Desktop khác đang mở nó. Hãy khôi phục ở máy đó, hoặc đóng ở máy đó rồi mở lại tại đây.</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was is kept as a backup too.</source>
        <translation>Đã khôi phục bản sao lưu lúc %1. Cơ sở dữ liệu trước khi khôi phục cũng được giữ lại thành một bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>DeskFiles</name>
    <message>
        <source>Desk file</source>
        <translation>Tệp bàn</translation>
    </message>
    <message>
        <source>Passphrase of the desk file %1:</source>
        <translation>Cụm mật khẩu của tệp bàn %1:</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Bàn check-in</translation>
    </message>
    <message>
        <source>&amp;Prepare desk…</source>
        <translation>&amp;Chuẩn bị bàn…</translation>
    </message>
    <message>
        <source>&amp;Merge desks…</source>
        <translation>&amp;Gộp bàn…</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>Hãy chọn sự kiện trước.</translation>
    </message>
    <message>
        <source>The desk file could not be saved; it is tried again in a minute. Nothing is lost.</source>
        <translation>Không lưu được tệp bàn; sẽ thử lại sau một phút. Không mất dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>DeskNameDialog</name>
    <message>
        <source>Name this desk</source>
        <translation>Đặt tên cho bàn này</translation>
    </message>
    <message>
        <source>Which desk is this laptop? Each check-in made here is recorded with this name, and the amber &quot;already checked in&quot; verdict tells other desks where it was.</source>
        <translation>Máy này là bàn nào? Mỗi lượt check-in tại đây được ghi kèm tên này, và thông báo màu vàng &quot;đã check-in trước đó&quot; sẽ cho các bàn khác biết lượt đó diễn ra ở đâu.</translation>
    </message>
    <message>
        <source>e.g. Door A</source>
        <translation>vd. Cửa A</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Tên bàn</translation>
    </message>
    <message>
        <source>Remembered on this laptop; change it any time in the station&apos;s bar.</source>
        <translation>Được ghi nhớ trên máy này; có thể đổi bất cứ lúc nào trên thanh của trạm.</translation>
    </message>
</context>
<context>
    <name>DeskNoteDialog</name>
    <message>
        <source>Desk note</source>
        <translation>Ghi chú cho bàn</translation>
    </message>
    <message>
        <source>Shown to the desk when this person checks in. One point a line.</source>
        <translation>Hiện cho bàn check-in khi người này check-in. Mỗi dòng một ý.</translation>
    </message>
    <message>
        <source>e.g. Vegetarian meal
Hand over the speaker gift</source>
        <translation>vd. Suất ăn chay
Trao quà cho diễn giả</translation>
    </message>
    <message>
        <source>Vegetarian meal</source>
        <translation>Suất ăn chay</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Lối đi cho xe lăn</translation>
    </message>
    <message>
        <source>Collect certificate at the desk</source>
        <translation>Nhận giấy chứng nhận tại bàn</translation>
    </message>
    <message>
        <source>Clear note</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1/%2 ký tự</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The file {location} is not an SSC Desktop database: it holds another program&apos;s tables ({tables}). It was left exactly as it was. Choose your SSC Desktop database, or a new file name to start one.</source>
        <translation>Tệp {location} không phải là cơ sở dữ liệu SSC Desktop: tệp chứa các bảng của một chương trình khác ({tables}). Tệp được giữ nguyên như cũ. Hãy chọn cơ sở dữ liệu SSC Desktop của bạn, hoặc đặt tên tệp mới để tạo cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>The database {location} needs an upgrade for this version, and a backup copy is made first, but it could not be: {detail} The database was not changed. Free some space or make its folder writable, then open it again.</source>
        <translation>Cơ sở dữ liệu {location} cần được nâng cấp cho phiên bản này và phải tạo bản sao lưu trước, nhưng không tạo được: {detail} Cơ sở dữ liệu chưa bị thay đổi. Hãy giải phóng dung lượng hoặc cấp quyền ghi cho thư mục chứa nó, rồi mở lại.</translation>
    </message>
    <message>
        <source>The database {location} (schema {found}) needs an upgrade for this version, which cannot be done read-only. Open it for writing once it is closed in the other app, or open it there.</source>
        <translation>Cơ sở dữ liệu {location} (lược đồ {found}) cần được nâng cấp cho phiên bản này, việc này không thể thực hiện ở chế độ chỉ đọc. Hãy mở ở chế độ ghi sau khi đã đóng nó ở ứng dụng kia, hoặc mở nó ở ứng dụng đó.</translation>
    </message>
    <message>
        <source>Automatic backups and restoring are for database files; {location} is a shared server. Ask its administrator for the server&apos;s own backups.</source>
        <translation>Tự động sao lưu và khôi phục chỉ dành cho tệp cơ sở dữ liệu; {location} là máy chủ dùng chung. Hãy hỏi quản trị viên về bản sao lưu của chính máy chủ.</translation>
    </message>
    <message>
        <source>There are no backups of {location} yet (they are kept in {folder}).</source>
        <translation>Chưa có bản sao lưu nào của {location} (các bản sao lưu được lưu trong {folder}).</translation>
    </message>
    <message>
        <source>This laptop has no copy of the shared server {location} yet: one is taken here, in {folder}, before this app upgrades the server&apos;s schema. For anything else, ask the server&apos;s administrator for its own backups.</source>
        <translation>Máy tính này chưa có bản sao của máy chủ dùng chung {location}: bản sao được tạo tại đây, trong {folder}, trước khi ứng dụng nâng cấp lược đồ của máy chủ. Với việc khác, hãy xin quản trị viên bản sao lưu của chính máy chủ.</translation>
    </message>
    <message>
        <source>{name} is a copy of the shared server {location}, taken on this laptop before an upgrade. SSC Desktop does not write a copy back over a server other desks may be using. To see or export what it holds, put it in a database file of its own and open that: ssc --db SERVER backup restore {name} --to FILE. To restore the server, ask its administrator.</source>
        <translation>{name} là bản sao của máy chủ dùng chung {location}, được tạo trên máy tính này trước một lần nâng cấp. SSC Desktop không ghi bản sao đè lên máy chủ mà các bàn khác có thể đang dùng. Để xem hoặc xuất nội dung, hãy đưa nó vào một tệp cơ sở dữ liệu riêng rồi mở: ssc --db SERVER backup restore {name} --to FILE. Để khôi phục máy chủ, hãy hỏi quản trị viên.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the restored copy.</source>
        <translation>{path} đã tồn tại; hãy chọn tên tệp mới cho bản sao được khôi phục.</translation>
    </message>
    <message>
        <source>There is no backup {name} of {location}. See the list with: ssc backup list</source>
        <translation>Không có bản sao lưu {name} của {location}. Xem danh sách bằng lệnh: ssc backup list</translation>
    </message>
    <message>
        <source>The backup {path} is damaged, so it was not restored; your database was not changed. Choose an older backup.</source>
        <translation>Bản sao lưu {path} bị hỏng nên không được khôi phục; cơ sở dữ liệu của bạn không bị thay đổi. Hãy chọn một bản sao lưu cũ hơn.</translation>
    </message>
    <message>
        <source>The backup {path} could not be restored ({detail}); your database was not changed. Close any other program using the database, then try again.</source>
        <translation>Không khôi phục được bản sao lưu {path} ({detail}); cơ sở dữ liệu của bạn không bị thay đổi. Hãy đóng mọi chương trình khác đang dùng cơ sở dữ liệu, rồi thử lại.</translation>
    </message>
    <message>
        <source>This database was opened read-only, so it cannot be restored here. Close the other SSC Desktop that has it open, then open it again.</source>
        <translation>Cơ sở dữ liệu này được mở ở chế độ chỉ đọc nên không thể khôi phục tại đây. Hãy đóng SSC Desktop khác đang mở nó, rồi mở lại.</translation>
    </message>
    <message>
        <source>Another SSC Desktop on this laptop (process {pid}, since {since}) is already the desk {station} of this event on {location}. Two apps on one local copy could lose what it keeps while the server is away: give this desk another name, or close the other one first.</source>
        <translation>Một SSC Desktop khác trên máy tính này (tiến trình {pid}, từ {since}) đã là bàn {station} của sự kiện này trên {location}. Hai ứng dụng dùng một bản sao cục bộ có thể làm mất những gì nó lưu khi máy chủ vắng mặt: hãy đặt tên khác cho bàn này, hoặc đóng ứng dụng kia trước.</translation>
    </message>
    <message>
        <source>The database {location} is open in SSC Desktop on {host} (process {pid}) since {since}. Two apps writing one file can check a person in twice: close it there first, or open it read-only.</source>
        <translation>Cơ sở dữ liệu {location} đang được mở trong SSC Desktop trên máy {host} (tiến trình {pid}) từ {since}. Hai ứng dụng cùng ghi một tệp có thể check-in một người hai lần: hãy đóng ở máy đó trước, hoặc mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Layout {value!r} is not known; use one of: {layouts}.</source>
        <translation>Không nhận ra bố cục {value!r}; hãy dùng một trong: {layouts}.</translation>
    </message>
    <message>
        <source>Nobody to print for {event}: no registered person matches.</source>
        <translation>Không có ai để in cho {event}: không có người đăng ký nào phù hợp.</translation>
    </message>
    <message>
        <source>Cannot write badges to {path!r}: use a file name ending in .pdf.</source>
        <translation>Không thể ghi thẻ tên vào {path!r}: hãy dùng tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; tickets are written into a folder.</source>
        <translation>{path} là tệp, không phải thư mục; vé được ghi vào một thư mục.</translation>
    </message>
    <message>
        <source>Registration {registration} is cancelled and has no ticket.</source>
        <translation>Lượt đăng ký {registration} đã bị hủy và không có vé.</translation>
    </message>
    <message>
        <source>No e-mail server is set up yet: enter it under File → E-mail settings (or `ssc smtp set`).</source>
        <translation>Chưa thiết lập máy chủ email: hãy nhập ở Tệp → Cài đặt email (hoặc `ssc smtp set`).</translation>
    </message>
    <message>
        <source>The e-mail server needs a host name.</source>
        <translation>Máy chủ email cần có tên máy chủ (host).</translation>
    </message>
    <message>
        <source>Port {value!r} is not a port number (1–65535).</source>
        <translation>Cổng {value!r} không phải số cổng hợp lệ (1–65535).</translation>
    </message>
    <message>
        <source>Security {value!r} is not known; use one of: {choices}.</source>
        <translation>Không nhận ra kiểu bảo mật {value!r}; hãy dùng một trong: {choices}.</translation>
    </message>
    <message>
        <source>{value!r} is not an e-mail address.</source>
        <translation>{value!r} không phải địa chỉ email.</translation>
    </message>
    <message>
        <source>Could not reach the e-mail server {host}:{port}: {detail}</source>
        <translation>Không kết nối được máy chủ email {host}:{port}: {detail}</translation>
    </message>
    <message>
        <source>The e-mail server {host}:{port} refused a secure connection: {detail}</source>
        <translation>Máy chủ email {host}:{port} từ chối kết nối bảo mật: {detail}</translation>
    </message>
    <message>
        <source>The e-mail server did not accept the user name {user!r} and its password.</source>
        <translation>Máy chủ email không chấp nhận tên người dùng {user!r} và mật khẩu đi kèm.</translation>
    </message>
    <message>
        <source>Sending to {to} failed: {detail}</source>
        <translation>Gửi đến {to} không thành công: {detail}</translation>
    </message>
    <message>
        <source>{name} has no e-mail address.</source>
        <translation>{name} không có địa chỉ email.</translation>
    </message>
    <message>
        <source>The e-mail server refused {to}: {detail}</source>
        <translation>Máy chủ email từ chối {to}: {detail}</translation>
    </message>
    <message>
        <source>A certificate template named {name!r} already exists.</source>
        <translation>Đã có mẫu giấy chứng nhận tên {name!r}.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Mẫu cần có tên.</translation>
    </message>
    <message>
        <source>The template needs a title (for example “Certificate of Contribution”).</source>
        <translation>Mẫu cần có tiêu đề (ví dụ “Giấy chứng nhận đóng góp”).</translation>
    </message>
    <message>
        <source>The template {template!r} is not for {kind} certificates.</source>
        <translation>Mẫu {template!r} không dành cho giấy chứng nhận loại {kind}.</translation>
    </message>
    <message>
        <source>{value!r} is not a colour; write it as #RRGGBB, for example #b4235a.</source>
        <translation>{value!r} không phải là màu; hãy viết dạng #RRGGBB, ví dụ #b4235a.</translation>
    </message>
    <message>
        <source>The wording uses {names}, which is not known; use {known}.</source>
        <translation>Nội dung dùng {names}, là trường không xác định; hãy dùng {known}.</translation>
    </message>
    <message>
        <source>Minutes online cannot be negative ({value}).</source>
        <translation>Số phút trực tuyến không thể là số âm ({value}).</translation>
    </message>
    <message>
        <source>Nobody gets a {kind} certificate for {event} yet.</source>
        <translation>Chưa có ai được cấp giấy chứng nhận loại {kind} cho {event}.</translation>
    </message>
    <message>
        <source>{number!r} is not a genuine certificate number: its last part does not match (mistyped, or made up). Check it letter by letter against the certificate.</source>
        <translation>{number!r} không phải số giấy chứng nhận thật: phần cuối không khớp (gõ nhầm hoặc bịa ra). Hãy đối chiếu từng ký tự với giấy chứng nhận.</translation>
    </message>
    <message>
        <source>This is not the text of a certificate&apos;s QR code (it should start with SSC-CERT/1 and have 7 lines).</source>
        <translation>Đây không phải nội dung mã QR của giấy chứng nhận (nội dung phải bắt đầu bằng SSC-CERT/1 và có 7 dòng).</translation>
    </message>
    <message>
        <source>NOT genuine: the signature does not match. The text was changed, or the certificate was not issued with this public key.</source>
        <translation>KHÔNG phải giấy thật: chữ ký không khớp. Nội dung đã bị thay đổi, hoặc giấy chứng nhận không được cấp bằng khóa công khai này.</translation>
    </message>
    <message>
        <source>{file} is not an SSC Desktop public key (a PEM file written by `ssc certificate public-key`).</source>
        <translation>{file} không phải khóa công khai SSC Desktop (tệp PEM do `ssc certificate public-key` tạo ra).</translation>
    </message>
    <message>
        <source>To check a certificate without the database, give the issuer&apos;s public key with --key FILE.</source>
        <translation>Để kiểm tra giấy chứng nhận khi không có cơ sở dữ liệu, hãy cung cấp khóa công khai của bên cấp bằng --key FILE.</translation>
    </message>
    <message>
        <source>No certificate has the number {number!r}: it was not issued by this database.</source>
        <translation>Không có giấy chứng nhận nào mang số {number!r}: số này không do cơ sở dữ liệu này cấp.</translation>
    </message>
    <message>
        <source>Say what the contribution was (for example “for organizing the reunion”).</source>
        <translation>Hãy ghi rõ đóng góp là gì (ví dụ “vì đã tổ chức buổi họp mặt”).</translation>
    </message>
    <message>
        <source>Award certificates need the contests&apos; results, which are not available here.</source>
        <translation>Giấy chứng nhận giải thưởng cần kết quả các cuộc thi, nhưng kết quả không có ở đây.</translation>
    </message>
    <message>
        <source>Cannot write certificates to {path!r}: use a file name ending in .pdf.</source>
        <translation>Không thể ghi giấy chứng nhận vào {path!r}: hãy dùng tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <source>Say where to write the certificates with -o PATH (or only look with --dry-run).</source>
        <translation>Hãy chỉ định nơi ghi giấy chứng nhận bằng -o PATH (hoặc chỉ xem trước bằng --dry-run).</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; one PDF per person is written into a folder.</source>
        <translation>{path} là tệp, không phải thư mục; mỗi người một tệp PDF được ghi vào một thư mục.</translation>
    </message>
    <message>
        <source>A check-in list needs a name.</source>
        <translation>Danh sách check-in cần có tên.</translation>
    </message>
    <message>
        <source>The list name is {length} characters long; at most {limit} fit.</source>
        <translation>Tên danh sách dài {length} ký tự; tối đa chỉ được {limit}.</translation>
    </message>
    <message>
        <source>This event already has a check-in list named “{name}”.</source>
        <translation>Sự kiện này đã có danh sách check-in tên “{name}”.</translation>
    </message>
    <message>
        <source>Programme item {item_id} (“{item}”) belongs to another event.</source>
        <translation>Mục chương trình {item_id} (“{item}”) thuộc sự kiện khác.</translation>
    </message>
    <message>
        <source>“{name}” has {count} check-ins; delete it with them only on purpose (force).</source>
        <translation>“{name}” có {count} lượt check-in; chỉ xóa cùng các lượt đó khi thực sự cố ý (force).</translation>
    </message>
    <message>
        <source>The desk note is {length} characters long; at most {limit} fit.</source>
        <translation>Ghi chú cho bàn dài {length} ký tự; tối đa chỉ được {limit}.</translation>
    </message>
    <message>
        <source>Cannot read the codes from {path}: {detail}</source>
        <translation>Không đọc được các mã từ {path}: {detail}</translation>
    </message>
    <message>
        <source>A desk file&apos;s passphrase needs at least {minimum} characters.</source>
        <translation>Cụm mật khẩu của tệp bàn cần ít nhất {minimum} ký tự.</translation>
    </message>
    <message>
        <source>Cannot open the desk file {path}: the passphrase is wrong, or the file is damaged. Type the passphrase given when the desk was prepared.</source>
        <translation>Không mở được tệp bàn {path}: cụm mật khẩu sai hoặc tệp bị hỏng. Hãy nhập cụm mật khẩu đã được cung cấp khi chuẩn bị bàn.</translation>
    </message>
    <message>
        <source>{path} is not an SSC desk file (make one with Prepare desk… or `ssc desk prepare`).</source>
        <translation>{path} không phải tệp bàn SSC (hãy tạo bằng Chuẩn bị bàn… hoặc `ssc desk prepare`).</translation>
    </message>
    <message>
        <source>Cannot read the desk file {path}: {detail}</source>
        <translation>Không đọc được tệp bàn {path}: {detail}</translation>
    </message>
    <message>
        <source>This database is itself a desk: prepare desks from the coordinator&apos;s main database.</source>
        <translation>Bản thân cơ sở dữ liệu này là một bàn: hãy chuẩn bị bàn từ cơ sở dữ liệu chính của điều phối viên.</translation>
    </message>
    <message>
        <source>The desk file is for event {event_id}, which this database does not have: merge it into the database it was prepared from.</source>
        <translation>Tệp bàn dành cho sự kiện {event_id}, nhưng cơ sở dữ liệu này không có sự kiện đó: hãy gộp vào cơ sở dữ liệu đã dùng để chuẩn bị tệp.</translation>
    </message>
    <message>
        <source>{path} is a desk file protected by a passphrase: set SSC_DESK_PASSPHRASE, or run this in a terminal to be asked for it.</source>
        <translation>{path} là tệp bàn được bảo vệ bằng cụm mật khẩu: hãy đặt SSC_DESK_PASSPHRASE, hoặc chạy lệnh này trong terminal để được hỏi cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was written. Try again.</source>
        <translation>Hai cụm mật khẩu không khớp: chưa ghi gì cả. Hãy thử lại.</translation>
    </message>
    <message>
        <source>{path} is a desk file: it opens only with its passphrase.</source>
        <translation>{path} là tệp bàn: chỉ mở được bằng cụm mật khẩu của nó.</translation>
    </message>
    <message>
        <source>{member} was checked in again after this desk&apos;s check-in (at “{station}”): nothing was undone here. If that later check-in is the mistake, undo it at that desk.</source>
        <translation>{member} đã được check-in lại sau lần check-in tại bàn này (tại “{station}”): không có gì được hoàn tác ở đây. Nếu lần check-in sau là nhầm, hãy hoàn tác tại bàn đó.</translation>
    </message>
    <message>
        <source>{member} has been checked out since this desk&apos;s check-in: nothing was undone, the visit stays on record.</source>
        <translation>{member} đã check-out sau lần check-in tại bàn này: không có gì được hoàn tác, lượt tham dự vẫn được ghi lại.</translation>
    </message>
    <message>
        <source>There is no contest {contest_id}.</source>
        <translation>Không có cuộc thi {contest_id}.</translation>
    </message>
    <message>
        <source>There is no contest entry {entry_id}.</source>
        <translation>Không có bài dự thi {entry_id}.</translation>
    </message>
    <message>
        <source>There is no judge {judge_id}.</source>
        <translation>Không có giám khảo {judge_id}.</translation>
    </message>
    <message>
        <source>The rubric has no criterion {criterion_id}.</source>
        <translation>Bảng tiêu chí không có tiêu chí {criterion_id}.</translation>
    </message>
    <message>
        <source>Contest kind {value!r} is not known; use one of: {kinds}.</source>
        <translation>Không nhận ra loại cuộc thi {value!r}; hãy dùng một trong: {kinds}.</translation>
    </message>
    <message>
        <source>Method {value!r} is not known; use one of: {methods}.</source>
        <translation>Không nhận ra phương pháp {value!r}; hãy dùng một trong: {methods}.</translation>
    </message>
    <message>
        <source>A contest needs a title.</source>
        <translation>Cuộc thi cần có tiêu đề.</translation>
    </message>
    <message>
        <source>Each entry needs at least one judge (got {value}).</source>
        <translation>Mỗi bài dự thi cần ít nhất một giám khảo (nhận được {value}).</translation>
    </message>
    <message>
        <source>Judging closes before it opens.</source>
        <translation>Thời gian đóng chấm điểm sớm hơn thời gian mở.</translation>
    </message>
    <message>
        <source>Categories must be named and each named once.</source>
        <translation>Các hạng mục phải có tên và mỗi tên chỉ xuất hiện một lần.</translation>
    </message>
    <message>
        <source>Category “{category}” still has entries; move them before removing it.</source>
        <translation>Hạng mục “{category}” vẫn còn bài dự thi; hãy chuyển chúng đi trước khi xóa hạng mục.</translation>
    </message>
    <message>
        <source>Criterion {position} needs a name.</source>
        <translation>Tiêu chí {position} cần có tên.</translation>
    </message>
    <message>
        <source>“{criterion}”: the weight must be a positive number (got {value}).</source>
        <translation>“{criterion}”: trọng số phải là số dương (nhận được {value}).</translation>
    </message>
    <message>
        <source>“{criterion}”: the scale {low}–{high} in steps of {step} does not work; the top must be above the bottom and reached in whole steps.</source>
        <translation>“{criterion}”: thang điểm {low}–{high} với bước {step} không hợp lệ; mức cao nhất phải lớn hơn mức thấp nhất và đạt được bằng một số nguyên lần bước.</translation>
    </message>
    <message>
        <source>{spec!r} is not a criterion; write NAME:WEIGHT:MIN-MAX or NAME:WEIGHT:MIN-MAX:STEP, e.g. &quot;Originality:2:1-10&quot;.</source>
        <translation>{spec!r} không phải tiêu chí; hãy viết TÊN:TRỌNG_SỐ:MIN-MAX hoặc TÊN:TRỌNG_SỐ:MIN-MAX:BƯỚC, vd. &quot;Tính độc đáo:2:1-10&quot;.</translation>
    </message>
    <message>
        <source>{spec!r} is not a level guide; write NAME:LEVELS=TEXT|LEVELS=TEXT, e.g. &quot;Originality:1-3=Repeats known work|8-10=A new question&quot;.</source>
        <translation>{spec!r} không phải hướng dẫn mức điểm; hãy viết TÊN:MỨC=MÔ_TẢ|MỨC=MÔ_TẢ, vd. &quot;Tính độc đáo:1-3=Lặp lại nghiên cứu đã có|8-10=Một câu hỏi mới&quot;.</translation>
    </message>
    <message>
        <source>The rubric has no criterion {name!r}; it has: {names}.</source>
        <translation>Bảng tiêu chí không có tiêu chí {name!r}; các tiêu chí hiện có: {names}.</translation>
    </message>
    <message>
        <source>A rubric needs at least one criterion.</source>
        <translation>Bảng tiêu chí cần ít nhất một tiêu chí.</translation>
    </message>
    <message>
        <source>The rubric cannot change: judges have already given {scores} scores.</source>
        <translation>Không thể thay đổi bảng tiêu chí: giám khảo đã chấm {scores} điểm.</translation>
    </message>
    <message>
        <source>“{title}” is locked: scores, results and awards are frozen.</source>
        <translation>“{title}” đã bị khóa: điểm, kết quả và giải thưởng đã được cố định.</translation>
    </message>
    <message>
        <source>An entry needs a code (for example P-01).</source>
        <translation>Bài dự thi cần có mã (ví dụ P-01).</translation>
    </message>
    <message>
        <source>Entry code {code!r} is longer than 20 characters.</source>
        <translation>Mã bài dự thi {code!r} dài hơn 20 ký tự.</translation>
    </message>
    <message>
        <source>Entry {code} needs a title.</source>
        <translation>Bài dự thi {code} cần có tiêu đề.</translation>
    </message>
    <message>
        <source>Entry code {code} is already used in this contest.</source>
        <translation>Mã bài dự thi {code} đã được dùng trong cuộc thi này.</translation>
    </message>
    <message>
        <source>Entry {code}: category {category!r} is not one of this contest&apos;s: {categories}.</source>
        <translation>Bài dự thi {code}: hạng mục {category!r} không thuộc các hạng mục của cuộc thi này: {categories}.</translation>
    </message>
    <message>
        <source>Attached files need a database file on this computer.</source>
        <translation>Tệp đính kèm cần một tệp cơ sở dữ liệu trên máy tính này.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} không tồn tại.</translation>
    </message>
    <message>
        <source>A judge needs a name.</source>
        <translation>Giám khảo cần có tên.</translation>
    </message>
    <message>
        <source>{name} is already a judge of this contest.</source>
        <translation>{name} đã là giám khảo của cuộc thi này.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits (6 or more are suggested).</source>
        <translation>PIN gồm 4 đến 12 chữ số (nên dùng từ 6 chữ số trở lên).</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s PIN.</source>
        <translation>Đó không phải PIN của {name}.</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s PIN. After {tries} wrong PINs in a row, wait {seconds} seconds before the next try (longer after each further wrong PIN).</source>
        <translation>Đó không phải PIN của {name}. Sau {tries} lần nhập sai PIN liên tiếp, hãy đợi {seconds} giây trước khi thử lại (lâu hơn sau mỗi lần sai tiếp theo).</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {name}: wait {seconds} seconds, then try again.</source>
        <translation>Nhập sai PIN của {name} quá nhiều lần: hãy đợi {seconds} giây rồi thử lại.</translation>
    </message>
    <message>
        <source>Add judges before assigning entries.</source>
        <translation>Hãy thêm giám khảo trước khi phân công bài dự thi.</translation>
    </message>
    <message>
        <source>The judge and the entry belong to different contests.</source>
        <translation>Giám khảo và bài dự thi thuộc hai cuộc thi khác nhau.</translation>
    </message>
    <message>
        <source>{judge} declared a conflict with {code}.</source>
        <translation>{judge} đã khai báo xung đột với {code}.</translation>
    </message>
    <message>
        <source>{judge} has already scored {code}; the assignment stays.</source>
        <translation>{judge} đã chấm {code}; phân công được giữ nguyên.</translation>
    </message>
    <message>
        <source>{judge} is not assigned to entry {code}.</source>
        <translation>{judge} không được phân công chấm bài {code}.</translation>
    </message>
    <message>
        <source>“{criterion}”: {value} is not on the scale {scale}.</source>
        <translation>“{criterion}”: {value} không nằm trong thang điểm {scale}.</translation>
    </message>
    <message>
        <source>Place {place} is not an award (1, 2, 3, or 4 for an honourable mention).</source>
        <translation>Hạng {place} không phải là giải (1, 2, 3, hoặc 4 cho giải khuyến khích).</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s); nothing was imported.
{problems}</source>
        <translation>{file}: {count} vấn đề; chưa nhập gì cả.
{problems}</translation>
    </message>
    <message>
        <source>{file} has no entries below its header row.</source>
        <translation>{file} không có bài dự thi nào bên dưới dòng tiêu đề.</translation>
    </message>
    <message>
        <source>{file}: no column for {columns} in the header row (found: {found}).</source>
        <translation>{file}: dòng tiêu đề không có cột cho {columns} (tìm thấy: {found}).</translation>
    </message>
    <message>
        <source>{count} problem(s) in the judge sheets; nothing was imported.
{problems}</source>
        <translation>{count} vấn đề trong phiếu chấm; chưa nhập gì cả.
{problems}</translation>
    </message>
    <message>
        <source>No judge sheets (.xlsx) found in {folder}.</source>
        <translation>Không tìm thấy phiếu chấm (.xlsx) nào trong {folder}.</translation>
    </message>
    <message>
        <source>Cannot export to {path!r}: use a file name ending in .pdf or .xlsx.</source>
        <translation>Không thể xuất ra {path!r}: hãy dùng tên tệp có đuôi .pdf hoặc .xlsx.</translation>
    </message>
    <message>
        <source>Judging of {title} opens at {opens}; scores cannot be entered yet.</source>
        <translation>Việc chấm điểm {title} mở lúc {opens}; hiện chưa thể nhập điểm.</translation>
    </message>
    <message>
        <source>Judging of {title} closed at {closes}; ask the coordinator to reopen it.</source>
        <translation>Việc chấm điểm {title} đã đóng lúc {closes}; hãy đề nghị điều phối viên mở lại.</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Đã xảy ra lỗi: {detail}</translation>
    </message>
    <message>
        <source>No {kind} with {key} {value!r}.</source>
        <translation>Không có {kind} nào với {key} {value!r}.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The database could not be used: {detail}</source>
        <translation>Không thể sử dụng cơ sở dữ liệu: {detail}</translation>
    </message>
    <message>
        <source>Cannot open the database {location}: {detail}</source>
        <translation>Không mở được cơ sở dữ liệu {location}: {detail}</translation>
    </message>
    <message>
        <source>The database {location} was made by a newer version of SSC Desktop (schema {found}; this version knows up to {known}). Update SSC Desktop to open it.</source>
        <translation>Cơ sở dữ liệu {location} được tạo bởi phiên bản SSC Desktop mới hơn (lược đồ {found}; phiên bản này chỉ hỗ trợ đến {known}). Hãy cập nhật SSC Desktop để mở.</translation>
    </message>
    <message>
        <source>Could not write the backup copy {destination}: {detail}</source>
        <translation>Không ghi được bản sao lưu {destination}: {detail}</translation>
    </message>
    <message>
        <source>A chapter needs a name.</source>
        <translation>Chi hội cần có tên.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Sự kiện cần có tiêu đề.</translation>
    </message>
    <message>
        <source>The event ends ({ends}) before it starts ({starts}).</source>
        <translation>Sự kiện kết thúc ({ends}) trước khi bắt đầu ({starts}).</translation>
    </message>
    <message>
        <source>Unknown time zone {timezone!r}; use a name such as Asia/Kolkata.</source>
        <translation>Múi giờ không xác định {timezone!r}; hãy dùng tên như Asia/Ho_Chi_Minh.</translation>
    </message>
    <message>
        <source>Capacity must be a positive whole number, not {capacity!r}.</source>
        <translation>Sức chứa phải là số nguyên dương, không phải {capacity!r}.</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation>{field}: {value!r} không phải ngày giờ hợp lệ (hãy dùng YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>Format must be face-to-face, online or hybrid, not {value!r}.</source>
        <translation>Hình thức phải là trực tiếp (face-to-face), trực tuyến (online) hoặc kết hợp (hybrid), không phải {value!r}.</translation>
    </message>
    <message>
        <source>A member needs a name in Latin letters.</source>
        <translation>Thành viên cần có tên bằng chữ Latinh.</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address.</source>
        <translation>{email!r} không phải địa chỉ email.</translation>
    </message>
    <message>
        <source>Visit year {year!r} is outside 2014-{latest}.</source>
        <translation>Năm tham gia SSP {year!r} nằm ngoài khoảng 2014-{latest}.</translation>
    </message>
    <message>
        <source>{member} is already registered for this event.</source>
        <translation>{member} đã đăng ký sự kiện này.</translation>
    </message>
    <message>
        <source>The registration of {member} is cancelled.</source>
        <translation>Lượt đăng ký của {member} đã bị hủy.</translation>
    </message>
    <message>
        <source>{member} is waitlisted and cannot be checked in yet.</source>
        <translation>{member} đang trong danh sách chờ nên chưa thể check-in.</translation>
    </message>
    <message>
        <source>{member} was already checked in at {time}.</source>
        <translation>{member} đã check-in lúc {time}.</translation>
    </message>
    <message>
        <source>{member} has no check-in to undo.</source>
        <translation>{member} không có lượt check-in nào để hoàn tác.</translation>
    </message>
    <message>
        <source>{member} is not checked in, so cannot be checked out.</source>
        <translation>{member} chưa check-in nên không thể check-out.</translation>
    </message>
    <message>
        <source>The demo reunion needs an empty database, and {location} already holds {members} members. Use --db with a new file.</source>
        <translation>Buổi họp mặt mẫu cần một cơ sở dữ liệu trống, nhưng {location} đã có {members} thành viên. Hãy dùng --db với một tệp mới.</translation>
    </message>
    <message>
        <source>The database {location} cannot be used right now. This step was not saved; everything confirmed before it is.</source>
        <translation>Hiện không thể sử dụng cơ sở dữ liệu {location}. Bước này chưa được lưu; mọi thứ đã xác nhận trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database server ({location}) cannot be reached: it stopped, or the network is down. Check the server and the Wi-Fi or cable, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu ({location}): máy chủ đã dừng hoặc mạng bị ngắt. Hãy kiểm tra máy chủ và Wi-Fi hoặc cáp mạng, rồi thử lại. Bước này chưa được lưu; mọi thứ đã xác nhận trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database server ({location}) is refusing new connections (too many open). Close SSC Desktop on a laptop that no longer needs it, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>Máy chủ cơ sở dữ liệu ({location}) đang từ chối kết nối mới (quá nhiều kết nối đang mở). Hãy đóng SSC Desktop trên máy không còn cần dùng, rồi thử lại. Bước này chưa được lưu; mọi thứ đã xác nhận trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database {location} is busy: another program or laptop is holding it. Wait a moment and try again; if it stays busy, close the other program that has the file open. This step was not saved; everything confirmed before it is.</source>
        <translation>Cơ sở dữ liệu {location} đang bận: một chương trình hoặc máy khác đang giữ nó. Hãy đợi một lát rồi thử lại; nếu vẫn bận, hãy đóng chương trình khác đang mở tệp. Bước này chưa được lưu; mọi thứ đã xác nhận trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The disk holding the database {location} is full. Free some space on it, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu {location} đã đầy. Hãy giải phóng dung lượng rồi thử lại. Bước này chưa được lưu; mọi thứ đã xác nhận trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database {location} cannot be written: the file, its folder or the server is read-only. Make it writable or open a copy of it you can write to (File &gt; Open database). This step was not saved; everything confirmed before it is.</source>
        <translation>Không thể ghi vào cơ sở dữ liệu {location}: tệp, thư mục chứa nó hoặc máy chủ đang ở chế độ chỉ đọc. Hãy cấp quyền ghi hoặc mở một bản sao có thể ghi (Tệp &gt; Mở cơ sở dữ liệu). Bước này chưa được lưu; mọi thứ đã xác nhận trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database {location} is damaged, or is not an SSC Desktop database. Open your latest backup copy (File &gt; Open database), or ask for help before using this file again.</source>
        <translation>Cơ sở dữ liệu {location} bị hỏng hoặc không phải cơ sở dữ liệu SSC Desktop. Hãy mở bản sao lưu gần nhất (Tệp &gt; Mở cơ sở dữ liệu), hoặc nhờ hỗ trợ trước khi dùng lại tệp này.</translation>
    </message>
    <message>
        <source>SSC Desktop is not allowed to use the database {location}: check the file&apos;s permissions, or the server&apos;s user name and password. This step was not saved; everything confirmed before it is.</source>
        <translation>SSC Desktop không có quyền sử dụng cơ sở dữ liệu {location}: hãy kiểm tra quyền truy cập tệp, hoặc tên người dùng và mật khẩu của máy chủ. Bước này chưa được lưu; mọi thứ đã xác nhận trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database file {location} cannot be opened: its folder is missing or cannot be read. Check that the drive is connected and the folder exists. This step was not saved; everything confirmed before it is.</source>
        <translation>Không mở được tệp cơ sở dữ liệu {location}: thư mục chứa nó không tồn tại hoặc không đọc được. Hãy kiểm tra ổ đĩa đã được kết nối và thư mục có tồn tại. Bước này chưa được lưu; mọi thứ đã xác nhận trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The disk holding the database {location} reported a read or write error. Check the drive (a USB stick pulled out?) and copy the database somewhere safe. This step was not saved; everything confirmed before it is.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu {location} báo lỗi đọc hoặc ghi. Hãy kiểm tra ổ đĩa (USB bị rút ra?) và sao chép cơ sở dữ liệu đến nơi an toàn. Bước này chưa được lưu; mọi thứ đã xác nhận trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database ran out of memory. Close other programs, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>Cơ sở dữ liệu đã hết bộ nhớ. Hãy đóng các chương trình khác rồi thử lại. Bước này chưa được lưu; mọi thứ đã xác nhận trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Details were written to {log}.</source>
        <translation>Đã xảy ra lỗi bất ngờ ({detail}). Chi tiết đã được ghi vào {log}.</translation>
    </message>
    <message>
        <source>Cannot write {path!r}: use a file name ending in {formats}.</source>
        <translation>Không thể ghi {path!r}: hãy dùng tên tệp có đuôi {formats}.</translation>
    </message>
    <message>
        <source>Cannot write the sign-in sheet to {path!r}: use a file name ending in .pdf.</source>
        <translation>Không thể ghi danh sách ký tên vào {path!r}: hãy dùng tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <source>Cannot write the attendance sheet to {path!r}: use a file name ending in .xlsx.</source>
        <translation>Không thể ghi bảng tham dự vào {path!r}: hãy dùng tên tệp có đuôi .xlsx.</translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}</source>
        <translation>Không ghi được {path}: {detail}</translation>
    </message>
    <message>
        <source>Cannot write the report to {path!r}: use a file name ending in .pdf.</source>
        <translation>Không thể ghi báo cáo vào {path!r}: hãy dùng tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <source>The notes are {length} characters; keep them under {limit}.</source>
        <translation>Ghi chú dài {length} ký tự; hãy giữ dưới {limit} ký tự.</translation>
    </message>
    <message>
        <source>“{name}” has {code_point} ‹{char}›, which no bundled font can draw: it prints as an empty box.</source>
        <translation>“{name}” có {code_point} ‹{char}›, ký tự mà không phông chữ đi kèm nào vẽ được: nó sẽ được in thành một ô trống.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again, or ask the coordinator.</source>
        <translation>PIN không đúng. Hãy thử lại hoặc hỏi điều phối viên.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait {seconds} seconds, then try again.</source>
        <translation>Nhập sai PIN quá nhiều lần. Hãy đợi {seconds} giây rồi thử lại.</translation>
    </message>
    <message>
        <source>Enter your PIN again.</source>
        <translation>Hãy nhập lại PIN.</translation>
    </message>
    <message>
        <source>The phone sent something the laptop does not understand; reload the page.</source>
        <translation>Điện thoại đã gửi dữ liệu mà máy tính không hiểu được; hãy tải lại trang.</translation>
    </message>
    <message>
        <source>The laptop could not save this. Your scores are kept on this phone and sent again in a moment; if it keeps failing, tell the coordinator.</source>
        <translation>Máy tính chưa lưu được dữ liệu này. Điểm của bạn vẫn được giữ trên điện thoại và sẽ được gửi lại trong giây lát; nếu vẫn lỗi, hãy báo cho điều phối viên.</translation>
    </message>
    <message>
        <source>Cannot serve on {host} port {port}: {reason}. Choose another port or network.</source>
        <translation>Không thể chạy máy chủ trên {host} cổng {port}: {reason}. Hãy chọn cổng hoặc mạng khác.</translation>
    </message>
    <message>
        <source>A port is a number from 1024 to 65535 (or 0 for any free port); got {port}.</source>
        <translation>Cổng phải là số từ 1024 đến 65535 (hoặc 0 để dùng cổng trống bất kỳ); nhận được {port}.</translation>
    </message>
    <message>
        <source>The judges&apos; server is already running at {url}.</source>
        <translation>Máy chủ cho giám khảo đã đang chạy tại {url}.</translation>
    </message>
    <message>
        <source>A member has no field {field!r}; the fields are: {fields}.</source>
        <translation>Thành viên không có trường {field!r}; các trường hiện có: {fields}.</translation>
    </message>
    <message>
        <source>Gender {value!r} is not one of: {choices}.</source>
        <translation>Giới tính {value!r} không thuộc: {choices}.</translation>
    </message>
    <message>
        <source>Visit year {value!r} is not a year (write it as 2019, or leave it empty).</source>
        <translation>Năm tham gia SSP {value!r} không phải là năm (hãy viết dạng 2019, hoặc để trống).</translation>
    </message>
    <message>
        <source>Member {id} cannot be merged with itself; choose two different members.</source>
        <translation>Không thể gộp thành viên {id} với chính nó; hãy chọn hai thành viên khác nhau.</translation>
    </message>
    <message>
        <source>For {field}, choose keep or remove, not {choice!r}.</source>
        <translation>Với {field}, hãy chọn keep (giữ) hoặc remove (xóa), không phải {choice!r}.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field to edit.</source>
        <translation>Không có gì để thay đổi: hãy cung cấp ít nhất một trường cần sửa.</translation>
    </message>
    <message>
        <source>{file} is not a participant report of Zoom, Microsoft Teams or Google Meet: no row has their column names (for example “Join Time” and “Leave Time”).</source>
        <translation>{file} không phải báo cáo người tham gia của Zoom, Microsoft Teams hoặc Google Meet: không dòng nào có tên cột của các công cụ này (ví dụ “Join Time” và “Leave Time”).</translation>
    </message>
    <message>
        <source>{file} lists no participants.</source>
        <translation>{file} không có người tham gia nào.</translation>
    </message>
    <message>
        <source>{file} is of another day: its times fall on {dates}, and the event is from {first} to {last}. Import it only if it is this event&apos;s meeting all the same.</source>
        <translation>{file} thuộc ngày khác: thời gian trong tệp rơi vào {dates}, còn sự kiện diễn ra từ {first} đến {last}. Chỉ nhập nếu đây vẫn đúng là cuộc họp của sự kiện này.</translation>
    </message>
    <message>
        <source>{file} was imported already (as {other}): the same report, or the same meeting and start. Importing it again would count everyone twice; replace the earlier import instead.</source>
        <translation>{file} đã được nhập trước đó (với tên {other}): cùng báo cáo, hoặc cùng cuộc họp và giờ bắt đầu. Nhập lại sẽ tính mọi người hai lần; hãy thay thế lần nhập trước.</translation>
    </message>
    <message>
        <source>{file} is a registration report: it says who registered, not who attended. Export the participant (or attendee) report of the meeting instead.</source>
        <translation>{file} là báo cáo đăng ký: cho biết ai đã đăng ký, không phải ai đã tham dự. Hãy xuất báo cáo người tham gia (participant hoặc attendee) của cuộc họp.</translation>
    </message>
    <message>
        <source>{file} writes dates both day first and month first; export the report again with one date format.</source>
        <translation>{file} ghi ngày theo cả hai kiểu ngày trước và tháng trước; hãy xuất lại báo cáo với một định dạng ngày duy nhất.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: {value!r} is not a date and time.</source>
        <translation>{file}, dòng {row}, cột {column}: {value!r} không phải ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: {value!r} is not a duration (e.g. 45, 1h 5m 3s).</source>
        <translation>{file}, dòng {row}, cột {column}: {value!r} không phải khoảng thời gian hợp lệ (vd. 45, 1h 5m 3s).</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the person left before joining.</source>
        <translation>{file}, dòng {row}, cột {column}: người này rời đi trước khi tham gia.</translation>
    </message>
    <message>
        <source>Registration {registration} is not one of this event&apos;s.</source>
        <translation>Lượt đăng ký {registration} không thuộc sự kiện này.</translation>
    </message>
    <message>
        <source>A programme item needs a title.</source>
        <translation>Mục chương trình cần có tiêu đề.</translation>
    </message>
    <message>
        <source>“{title}” ends ({ends}) before it starts ({starts}).</source>
        <translation>“{title}” kết thúc ({ends}) trước khi bắt đầu ({starts}).</translation>
    </message>
    <message>
        <source>A programme time must carry its time zone.</source>
        <translation>Thời gian trong chương trình phải kèm múi giờ.</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a time (use HH:MM or YYYY-MM-DD HH:MM).</source>
        <translation>{field}: {value!r} không phải thời gian hợp lệ (hãy dùng HH:MM hoặc YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>Kind {value!r} is not known; use one of: {kinds}.</source>
        <translation>Không nhận ra loại {value!r}; hãy dùng một trong: {kinds}.</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; at most {limit} fit.</source>
        <translation>{field} dài {length} ký tự; tối đa chỉ được {limit}.</translation>
    </message>
    <message>
        <source>Speaker {position} needs a name (or choose a member).</source>
        <translation>Diễn giả {position} cần có tên (hoặc hãy chọn một thành viên).</translation>
    </message>
    <message>
        <source>{count} members match {text!r}; give the e-mail address instead.</source>
        <translation>Có {count} thành viên khớp với {text!r}; hãy dùng địa chỉ email.</translation>
    </message>
    <message>
        <source>{detail}: “{item}” overlaps “{other}” in the same room.</source>
        <translation>{detail}: “{item}” trùng giờ với “{other}” trong cùng phòng.</translation>
    </message>
    <message>
        <source>{detail} speaks in “{item}” and “{other}” at the same time.</source>
        <translation>{detail} trình bày ở cả “{item}” và “{other}” cùng lúc.</translation>
    </message>
    <message>
        <source>“{item}” starts before the event begins.</source>
        <translation>“{item}” bắt đầu trước khi sự kiện bắt đầu.</translation>
    </message>
    <message>
        <source>“{item}” ends after the event is over.</source>
        <translation>“{item}” kết thúc sau khi sự kiện đã kết thúc.</translation>
    </message>
    <message>
        <source>The registration deadline ({deadline}) is after the event ends ({ends}).</source>
        <translation>Hạn đăng ký ({deadline}) muộn hơn thời điểm sự kiện kết thúc ({ends}).</translation>
    </message>
    <message>
        <source>Registration for {event} closed at {deadline}. A coordinator can still register a late sign-up on purpose, or register the person as a walk-in on the day.</source>
        <translation>Đăng ký cho {event} đã đóng lúc {deadline}. Điều phối viên vẫn có thể chủ động đăng ký muộn cho người này, hoặc đăng ký tại chỗ cho họ vào ngày diễn ra sự kiện.</translation>
    </message>
    <message>
        <source>The registration of {member} is already cancelled.</source>
        <translation>Lượt đăng ký của {member} đã bị hủy từ trước.</translation>
    </message>
    <message>
        <source>The registration of {member} is not cancelled; there is nothing to restore.</source>
        <translation>Lượt đăng ký của {member} chưa bị hủy; không có gì để khôi phục.</translation>
    </message>
    <message>
        <source>{member} is checked in; undo the check-in before cancelling the registration.</source>
        <translation>{member} đã check-in; hãy hoàn tác check-in trước khi hủy đăng ký.</translation>
    </message>
    <message>
        <source>{member} is registered already: check them in at the desk instead.</source>
        <translation>{member} đã đăng ký rồi: hãy check-in cho họ tại bàn.</translation>
    </message>
    <message>
        <source>Role must be one of {roles}, not {value!r}.</source>
        <translation>Vai trò phải là một trong {roles}, không phải {value!r}.</translation>
    </message>
    <message>
        <source>Status must be one of {statuses}, not {value!r}.</source>
        <translation>Trạng thái phải là một trong {statuses}, không phải {value!r}.</translation>
    </message>
    <message>
        <source>No member matches: {criteria}.</source>
        <translation>Không có thành viên nào khớp: {criteria}.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Không có tệp {file}.</translation>
    </message>
    <message>
        <source>{file} is {size_mb} MB; rosters up to {limit_mb} MB can be imported. Is this the right file? Save only the roster sheet as .xlsx or .csv.</source>
        <translation>{file} có dung lượng {size_mb} MB; chỉ nhập được danh sách thành viên tối đa {limit_mb} MB. Đây có đúng tệp không? Hãy chỉ lưu trang danh sách thành viên dưới dạng .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} trống.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet: it is a {found}. Choose an .xlsx, .xls, .ods or .csv file.</source>
        <translation>{file} không phải bảng tính: đây là tệp {found}. Hãy chọn tệp .xlsx, .xls, .ods hoặc .csv.</translation>
    </message>
    <message>
        <source>{file} is named like an Excel workbook but is not one (it may have been renamed). Open it in Excel and save it as .xlsx or .csv.</source>
        <translation>{file} có tên giống sổ làm việc Excel nhưng thực ra không phải (có thể đã bị đổi tên). Hãy mở bằng Excel và lưu dưới dạng .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>{file}: {suffix} files cannot be imported; save the roster as .xlsx, .xls, .ods or .csv.</source>
        <translation>{file}: không thể nhập tệp {suffix}; hãy lưu danh sách thành viên dưới dạng .xlsx, .xls, .ods hoặc .csv.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and cannot be read as an Excel workbook ({detail}).</source>
        <translation>{file} bị hỏng hoặc không đầy đủ nên không thể đọc như sổ làm việc Excel ({detail}).</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: the workbook is damaged near row {row} ({detail}).</source>
        <translation>{file}, trang tính {sheet}: sổ làm việc bị hỏng gần dòng {row} ({detail}).</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet!r}.</source>
        <translation>{file} không có trang tính nào tên {sheet!r}.</translation>
    </message>
    <message>
        <source>{file}: more than {limit} rows; split the roster into smaller files.</source>
        <translation>{file}: có hơn {limit} dòng; hãy chia danh sách thành viên thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file: it holds binary data.</source>
        <translation>{file} không phải tệp văn bản (CSV): tệp chứa dữ liệu nhị phân.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the CSV cannot be read ({detail}).</source>
        <translation>{file}, dòng {line}: không đọc được CSV ({detail}).</translation>
    </message>
    <message>
        <source>{file}, line {line}: a cell holds more than {limit} characters, which no roster cell does; the file is probably not a CSV table, or a quote mark is never closed.</source>
        <translation>{file}, dòng {line}: một ô chứa hơn {limit} ký tự, điều mà không ô nào trong danh sách thành viên có; có thể tệp không phải bảng CSV, hoặc có dấu ngoặc kép chưa được đóng.</translation>
    </message>
    <message>
        <source>{file} could not be read: {detail}</source>
        <translation>Không đọc được {file}: {detail}</translation>
    </message>
    <message>
        <source>{file} mixes text encodings: line {line} is not {encoding} like the rest. Save the file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} dùng lẫn nhiều bảng mã: dòng {line} không phải {encoding} như các dòng còn lại. Hãy lưu lại tệp từ Excel dưới dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The text encoding of {file} cannot be recognised (first unreadable line: {line}). Save the file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>Không nhận ra bảng mã của {file} (dòng đầu tiên không đọc được: {line}). Hãy lưu lại tệp từ Excel dưới dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{file}: cannot tell whether the fields are separated by {candidates}. Save the file again from Excel as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>{file}: không xác định được các trường được phân tách bằng {candidates}. Hãy lưu lại tệp từ Excel dưới dạng &quot;CSV UTF-8 (phân tách bằng dấu phẩy)&quot;.</translation>
    </message>
    <message>
        <source>{where}: the sheet is empty.</source>
        <translation>{where}: trang tính trống.</translation>
    </message>
    <message>
        <source>{where}: no header row found in the first {rows} rows. The roster needs a row naming its columns, e.g. Name, E-mail, Country (or 氏名, メール, 国・地域).</source>
        <translation>{where}: không tìm thấy dòng tiêu đề trong {rows} dòng đầu. Danh sách thành viên cần một dòng ghi tên các cột, vd. Name, E-mail, Country (hoặc 氏名, メール, 国・地域).</translation>
    </message>
    <message>
        <source>{where}: row {row} is blank and cannot be the header row.</source>
        <translation>{where}: dòng {row} trống nên không thể là dòng tiêu đề.</translation>
    </message>
    <message>
        <source>{where}: there is no row {row}.</source>
        <translation>{where}: không có dòng {row}.</translation>
    </message>
    <message>
        <source>{field!r} is not a member field.</source>
        <translation>{field!r} không phải trường thông tin thành viên.</translation>
    </message>
    <message>
        <source>Two columns are mapped to the same field ({field}); only text fields and name parts can be combined from several columns.</source>
        <translation>Hai cột được gán cho cùng một trường ({field}); chỉ các trường văn bản và các phần của tên mới có thể kết hợp từ nhiều cột.</translation>
    </message>
    <message>
        <source>{count} columns are mapped to {field}; at most {limit} columns can be combined.</source>
        <translation>Có {count} cột được gán cho {field}; chỉ kết hợp được tối đa {limit} cột.</translation>
    </message>
    <message>
        <source>{file}: no column is mapped to the member&apos;s name.</source>
        <translation>{file}: chưa có cột nào được gán cho tên thành viên.</translation>
    </message>
    <message>
        <source>{value!r} is not a duplicate choice; use update, skip or keep-both.</source>
        <translation>{value!r} không phải lựa chọn cho bản trùng; hãy dùng update, skip hoặc keep-both.</translation>
    </message>
    <message>
        <source>No name: the row has no name in Latin letters.</source>
        <translation>Thiếu tên: dòng này không có tên bằng chữ Latinh.</translation>
    </message>
    <message>
        <source>{value!r} is not a year.</source>
        <translation>{value!r} không phải là năm.</translation>
    </message>
    <message>
        <source>Visit year {value} is outside {first}-{latest}.</source>
        <translation>Năm tham gia SSP {value} nằm ngoài khoảng {first}-{latest}.</translation>
    </message>
    <message>
        <source>The cell cannot be read ({value}).</source>
        <translation>Không đọc được ô này ({value}).</translation>
    </message>
    <message>
        <source>{value!r} is not a known gender; stored as not stated.</source>
        <translation>{value!r} không phải giới tính đã biết; được lưu là không nêu.</translation>
    </message>
    <message>
        <source>Hidden characters that can change how the text shows were removed: {characters}. Imported as {value!r}.</source>
        <translation>Đã xóa các ký tự ẩn có thể làm thay đổi cách hiển thị văn bản: {characters}. Đã nhập thành {value!r}.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… và %1 mục khác.</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>There is no event with id %1 in this database.

Events in it:
%2</source>
        <translation>Cơ sở dữ liệu này không có sự kiện nào có id %1.

Các sự kiện hiện có:
%2</translation>
    </message>
    <message>
        <source>No such event</source>
        <translation>Không có sự kiện này</translation>
    </message>
    <message>
        <source>The badge could not be made</source>
        <translation>Không tạo được thẻ tên</translation>
    </message>
    <message>
        <source>Badge ready to print: %1</source>
        <translation>Thẻ tên đã sẵn sàng để in: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Trùng với</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Khớp theo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cách xử lý</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Stored member: %1 %2</source>
        <translation>Thành viên đã lưu: %1 %2</translation>
    </message>
    <message>
        <source>Name and country</source>
        <translation>Tên và quốc gia</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>When:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>Trực tuyến:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Sức chứa:</translation>
    </message>
    <message>
        <source>Sign-ups close:</source>
        <translation>Hạn đăng ký:</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>đã check-in</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>trong danh sách chờ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>Work on this event</source>
        <translation>Làm việc với sự kiện này</translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation>Chưa có sự kiện</translation>
    </message>
    <message>
        <source>Create the first event with “New event…”.</source>
        <translation>Hãy tạo sự kiện đầu tiên bằng “Sự kiện mới…”.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <source>Places taken: %1 of %2</source>
        <translation>Chỗ đã đăng ký: %1/%2</translation>
    </message>
    <message>
        <source>Places taken: %1 (no limit)</source>
        <translation>Chỗ đã đăng ký: %1 (không giới hạn)</translation>
    </message>
    <message>
        <source>Arrived: %1 of %2 registered</source>
        <translation>Đã đến: %1/%2 người đăng ký</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Sự kiện mới</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Sửa sự kiện</translation>
    </message>
    <message>
        <source>e.g. 4th SSC India Reunion</source>
        <translation>vd. Họp mặt SSC Việt Nam lần thứ 4</translation>
    </message>
    <message>
        <source>Chapter name, e.g. SSC India</source>
        <translation>Tên chi hội, vd. SSC Việt Nam</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <source>Close sign-ups at</source>
        <translation>Đóng đăng ký lúc</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>Chi hội:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Múi giờ:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Kết thúc:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Online link:</source>
        <translation>Liên kết trực tuyến:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Sức chứa:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Đăng ký:</translation>
    </message>
    <message>
        <source>Beyond the capacity, sign-ups join a waitlist; raising the capacity later gives the first of them a place.</source>
        <translation>Khi vượt quá sức chứa, người đăng ký sẽ vào danh sách chờ; nếu sau đó tăng sức chứa, những người đầu danh sách chờ sẽ có chỗ.</translation>
    </message>
    <message>
        <source>No online link yet: tickets sent now will not tell online participants how to join. Add the link here before the tickets go out.</source>
        <translation>Chưa có liên kết trực tuyến: vé gửi lúc này sẽ không hướng dẫn người tham dự trực tuyến cách tham gia. Hãy thêm liên kết tại đây trước khi gửi vé.</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Tạo sự kiện</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi hội</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Danh sách chờ</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã check-in</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Reunions, seminars and webinars of your chapters.</source>
        <translation>Các buổi họp mặt, hội thảo và hội thảo trực tuyến của các chi hội.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Sự kiện mới…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Nhân bản…</translation>
    </message>
    <message>
        <source>A new event like this one on a new date, with its programme</source>
        <translation>Một sự kiện mới giống sự kiện này vào ngày mới, kèm chương trình</translation>
    </message>
    <message>
        <source>%1 promoted from the waitlist: %2</source>
        <translation>%1 người được chuyển từ danh sách chờ: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Created “%1” on %2 with %3 programme items.</source>
        <translation>Đã tạo “%1” vào %2 với %3 mục chương trình.</translation>
    </message>
    <message>
        <source>Work on this event</source>
        <translation>Làm việc với sự kiện này</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>Exports</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <source>came</source>
        <translation>đã đến</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>tỷ lệ tham dự</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>tại địa điểm</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>đăng ký tại chỗ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mở thư mục chứa</translation>
    </message>
    <message>
        <source>Attendance sheet (.xlsx)</source>
        <translation>Bảng tham dự (.xlsx)</translation>
    </message>
    <message>
        <source>One row per registration with both names, chapter, country, affiliation, role, check-in and check-out times in the event&apos;s time zone, and a column per check-in list; a summary sheet by role, country, affiliation, gender and arrival hour.</source>
        <translation>Mỗi lượt đăng ký một dòng, gồm cả hai tên, chi hội, quốc gia, đơn vị, vai trò, giờ check-in và check-out theo múi giờ của sự kiện, và mỗi danh sách check-in một cột; kèm một trang tổng hợp theo vai trò, quốc gia, đơn vị, giới tính và giờ đến.</translation>
    </message>
    <message>
        <source>All registrations</source>
        <translation>Mọi lượt đăng ký</translation>
    </message>
    <message>
        <source>Only those who came</source>
        <translation>Chỉ những người đã đến</translation>
    </message>
    <message>
        <source>Only no-shows (registered, did not come)</source>
        <translation>Chỉ người vắng mặt (đã đăng ký, không đến)</translation>
    </message>
    <message>
        <source>Save attendance sheet…</source>
        <translation>Lưu bảng tham dự…</translation>
    </message>
    <message>
        <source>Paper sign-in sheet (PDF)</source>
        <translation>Danh sách ký tên trên giấy (PDF)</translation>
    </message>
    <message>
        <source>Everyone registered, A to Z, with their name in their own script and a signature column; the event and page numbers on every page. Print it before the doors open: it is the backup when the laptop fails.</source>
        <translation>Mọi người đã đăng ký, xếp từ A đến Z, kèm tên bản ngữ và cột chữ ký; mỗi trang đều có tên sự kiện và số trang. Hãy in trước khi mở cửa: đây là phương án dự phòng khi máy tính gặp sự cố.</translation>
    </message>
    <message>
        <source>Save sign-in sheet…</source>
        <translation>Lưu danh sách ký tên…</translation>
    </message>
    <message>
        <source>Online attendance (Zoom, Teams, Meet)</source>
        <translation>Tham dự trực tuyến (Zoom, Teams, Meet)</translation>
    </message>
    <message>
        <source>Import the participant report the meeting tool exports; people are matched by e-mail, then by name. The attendance sheet then says how each person attended and for how long.</source>
        <translation>Nhập báo cáo người tham gia do công cụ họp trực tuyến xuất ra; mọi người được khớp theo email, sau đó theo tên. Khi đó bảng tham dự sẽ cho biết mỗi người tham dự theo hình thức nào và trong bao lâu.</translation>
    </message>
    <message>
        <source>Import a report…</source>
        <translation>Nhập báo cáo…</translation>
    </message>
    <message>
        <source>Match by hand…</source>
        <translation>Khớp thủ công…</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Xóa báo cáo</translation>
    </message>
    <message>
        <source>Roster (.xlsx or .csv)</source>
        <translation>Danh sách thành viên (.xlsx hoặc .csv)</translation>
    </message>
    <message>
        <source>The chapter roster, filtered here; no event needed. The .csv opens in Excel with every script intact (UTF-8 with BOM).</source>
        <translation>Danh sách thành viên của chi hội, lọc tại đây; không cần chọn sự kiện. Tệp .csv mở được trong Excel mà vẫn giữ nguyên mọi chữ viết (UTF-8 có BOM).</translation>
    </message>
    <message>
        <source>Search any script, e.g. sharma iit</source>
        <translation>Tìm bằng chữ viết bất kỳ, vd. sharma iit</translation>
    </message>
    <message>
        <source>Save roster…</source>
        <translation>Lưu danh sách thành viên…</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>Chi hội:</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Mọi chi hội</translation>
    </message>
    <message>
        <source>Choose an event in the bar above for its attendance sheet and sign-in sheet; the roster needs no event.</source>
        <translation>Chọn một sự kiện trên thanh phía trên để xuất bảng tham dự và danh sách ký tên; danh sách thành viên thì không cần sự kiện.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Check-in lists (each a column of the sheet): %1</source>
        <translation>Danh sách check-in (mỗi danh sách là một cột trong bảng): %1</translation>
    </message>
    <message>
        <source>No check-in lists besides the door.</source>
        <translation>Không có danh sách check-in nào ngoài cửa vào.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 people, %4 matched</source>
        <translation>%1 · %2 · %3 người, đã khớp %4</translation>
    </message>
    <message>
        <source>No online report imported yet.</source>
        <translation>Chưa nhập báo cáo trực tuyến nào.</translation>
    </message>
    <message>
        <source>%1 participants still to match by hand.</source>
        <translation>Còn %1 người tham gia cần khớp thủ công.</translation>
    </message>
    <message>
        <source>Import a participant report</source>
        <translation>Nhập báo cáo người tham gia</translation>
    </message>
    <message>
        <source>Participant reports (*.csv *.xlsx *.txt)</source>
        <translation>Báo cáo người tham gia (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation>Vẫn nhập?</translation>
    </message>
    <message>
        <source>Replace the earlier import with this one?</source>
        <translation>Thay thế lần nhập trước bằng lần này?</translation>
    </message>
    <message>
        <source>Imported %1 people from %2: %3 matched.</source>
        <translation>Đã nhập %1 người từ %2: đã khớp %3.</translation>
    </message>
    <message>
        <source>Delete this imported report and its minutes?</source>
        <translation>Xóa báo cáo đã nhập này cùng số phút tham dự trong đó?</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Lưu bảng tham dự</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Lưu danh sách ký tên</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the roster</source>
        <translation>Lưu danh sách thành viên</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Reading who came…</source>
        <translation>Đang đọc danh sách người đã đến…</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Đã ghi %1 dòng vào %2.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Bảng tham dự</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Wrote the sign-in sheet for %1 people to %2.</source>
        <translation>Đã ghi danh sách ký tên cho %1 người vào %2.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Danh sách ký tên</translation>
    </message>
    <message>
        <source>Wrote %1 members to %2.</source>
        <translation>Đã ghi %1 thành viên vào %2.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Danh sách thành viên</translation>
    </message>
    <message>
        <source>%1 not written</source>
        <translation>%1: chưa ghi được</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Đã hủy; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster</source>
        <translation>Chọn danh sách thành viên</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, as your chapter keeps it. Title rows above the header, Japanese column names and CSV in any common encoding are fine.</source>
        <translation>Sổ làm việc Excel (.xlsx) hoặc tệp CSV, đúng như chi hội của bạn đang lưu. Các dòng tiêu đề phía trên dòng tên cột, tên cột tiếng Nhật và CSV ở bảng mã phổ biến bất kỳ đều được.</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Tệp danh sách thành viên</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Chapter name, e.g. SSC India</source>
        <translation>Tên chi hội, vd. SSC Việt Nam</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Import into chapter:</source>
        <translation>Nhập vào chi hội:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to SSC Desktop</source>
        <translation>Chào mừng đến với SSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Bỏ qua</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Guest speaker</source>
        <translation>Diễn giả khách mời</translation>
    </message>
    <message>
        <source>e.g. Kenichi Sato</source>
        <translation>vd. Kenichi Sato</translation>
    </message>
    <message>
        <source>e.g. 佐藤 健一</source>
        <translation>vd. 佐藤 健一</translation>
    </message>
    <message>
        <source>Name (Latin letters):</source>
        <translation>Tên (chữ Latinh):</translation>
    </message>
    <message>
        <source>Name in own script:</source>
        <translation>Tên bản ngữ:</translation>
    </message>
    <message>
        <source>Affiliation:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Short bio:</source>
        <translation>Tiểu sử ngắn:</translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation>Khách mời cần có tên.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>All rows are written in one go: if the import stops or is cancelled, nothing changes.</source>
        <translation>Mọi dòng được ghi trong cùng một lượt: nếu quá trình nhập dừng lại hoặc bị hủy, sẽ không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Hủy nhập</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>Đang đọc danh sách thành viên…</translation>
    </message>
    <message>
        <source>Writing members: %1 of %2</source>
        <translation>Đang ghi thành viên: %1/%2</translation>
    </message>
    <message>
        <source>Reading rows: %1</source>
        <translation>Đang đọc dòng: %1</translation>
    </message>
</context>
<context>
    <name>JudgePhone</name>
    <message>
        <source>Judging</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Nhập mã PIN của bạn</translation>
    </message>
    <message>
        <source>The PIN the coordinator gave you (4 to 12 digits).</source>
        <translation>Mã PIN điều phối viên đã đưa cho bạn (4 đến 12 chữ số).</translation>
    </message>
    <message>
        <source>Open my entries</source>
        <translation>Mở các bài của tôi</translation>
    </message>
    <message>
        <source>No connection to the laptop. Check the Wi-Fi and try again.</source>
        <translation>Không kết nối được với máy tính. Hãy kiểm tra Wi-Fi và thử lại.</translation>
    </message>
    <message>
        <source>Your entries</source>
        <translation>Các bài của bạn</translation>
    </message>
    <message>
        <source>{done} of {total} scored</source>
        <translation>Đã chấm {done} trên {total}</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Đã chấm</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>Chấm một phần</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Chưa chấm</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <source>Back to my entries</source>
        <translation>Quay lại các bài của tôi</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Nhận xét (không bắt buộc)</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>Lưu điểm</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>trọng số {weight}</translation>
    </message>
    <message>
        <source>Choose a level for {criterion}.</source>
        <translation>Hãy chọn một mức cho {criterion}.</translation>
    </message>
    <message>
        <source>Saved on the laptop.</source>
        <translation>Đã lưu trên máy tính.</translation>
    </message>
    <message>
        <source>Kept on this phone: {count} entry(ies) will be sent when the Wi-Fi returns.</source>
        <translation>Đang giữ trên điện thoại này: {count} bài sẽ được gửi khi có Wi-Fi trở lại.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Chưa lưu: {reason}</translation>
    </message>
    <message>
        <source>The results are locked: scores can no longer change.</source>
        <translation>Kết quả đã khóa: không thể thay đổi điểm nữa.</translation>
    </message>
    <message>
        <source>Judging is closed.</source>
        <translation>Việc chấm điểm đã kết thúc.</translation>
    </message>
    <message>
        <source>Judging has not opened yet.</source>
        <translation>Việc chấm điểm chưa bắt đầu.</translation>
    </message>
    <message>
        <source>You have no entries to judge in this contest.</source>
        <translation>Bạn không có bài nào để chấm trong cuộc thi này.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Blind judging: authors are not shown.</source>
        <translation>Chấm ẩn danh: không hiển thị tác giả.</translation>
    </message>
</context>
<context>
    <name>JudgePhonesDialog</name>
    <message>
        <source>Judges&apos; phones — %1</source>
        <translation>Điện thoại giám khảo — %1</translation>
    </message>
    <message>
        <source>%1 (this laptop only)</source>
        <translation>%1 (chỉ máy này)</translation>
    </message>
    <message>
        <source>Every network of this laptop</source>
        <translation>Mọi mạng của máy này</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>New links…</source>
        <translation>Liên kết mới…</translation>
    </message>
    <message>
        <source>Make new links for every judge; the old QR codes stop working</source>
        <translation>Tạo liên kết mới cho mọi giám khảo; các mã QR cũ sẽ hết hiệu lực</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>Sao chép liên kết</translation>
    </message>
    <message>
        <source>Print QR cards…</source>
        <translation>In thẻ QR…</translation>
    </message>
    <message>
        <source>A PDF with one card per judge: name, QR code and link</source>
        <translation>Tệp PDF với mỗi giám khảo một thẻ: tên, mã QR và liên kết</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Phones must be on the same Wi-Fi as this laptop. Each judge scans their own code, then types their PIN; they see only their own entries. Scores go straight into this database (“phone” in the audit trail); a phone keeps what it could not send and sends it when the Wi-Fi returns. Closing this window keeps the server running; it stops with Stop or when the app closes.</source>
        <translation>Điện thoại phải dùng cùng mạng Wi-Fi với máy này. Mỗi giám khảo quét mã của mình rồi nhập PIN; họ chỉ thấy các bài được giao cho mình. Điểm được ghi thẳng vào cơ sở dữ liệu này (ghi là “phone” trong nhật ký); điện thoại giữ lại những gì chưa gửi được và gửi đi khi có Wi-Fi trở lại. Đóng cửa sổ này thì máy chủ vẫn chạy; máy chủ chỉ dừng khi nhấn Dừng hoặc khi đóng ứng dụng.</translation>
    </message>
    <message>
        <source>The judges&apos; server did not start</source>
        <translation>Máy chủ cho giám khảo không khởi động được</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>Liên kết mới</translation>
    </message>
    <message>
        <source>Make new links for every judge of every contest? The QR codes shown or printed so far stop working.</source>
        <translation>Tạo liên kết mới cho mọi giám khảo của mọi cuộc thi? Các mã QR đã hiển thị hoặc đã in sẽ hết hiệu lực.</translation>
    </message>
    <message>
        <source>No new links</source>
        <translation>Chưa tạo được liên kết mới</translation>
    </message>
    <message>
        <source>Judges&apos; QR cards</source>
        <translation>Thẻ QR của giám khảo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Judges&apos; cards - %1</source>
        <translation>Thẻ giám khảo - %1</translation>
    </message>
    <message>
        <source>The cards were not written</source>
        <translation>Chưa ghi được thẻ</translation>
    </message>
    <message>
        <source>Serving at %1 — the judges&apos; cards are in %2.</source>
        <translation>Đang phục vụ tại %1 — thẻ của giám khảo nằm trong %2.</translation>
    </message>
    <message>
        <source>The judges&apos; server is serving another contest; Start moves it here.</source>
        <translation>Máy chủ cho giám khảo đang phục vụ một cuộc thi khác; nhấn Bắt đầu để chuyển sang cuộc thi này.</translation>
    </message>
    <message>
        <source>The judges&apos; server is stopped.</source>
        <translation>Máy chủ cho giám khảo đã dừng.</translation>
    </message>
    <message>
        <source>Serving at %1 — judges&apos; phones can connect now.</source>
        <translation>Đang phục vụ tại %1 — điện thoại của giám khảo đã có thể kết nối.</translation>
    </message>
    <message>
        <source>QR code of %1&apos;s link</source>
        <translation>Mã QR liên kết của %1</translation>
    </message>
</context>
<context>
    <name>JudgePinDialog</name>
    <message>
        <source>Judge mode — %1</source>
        <translation>Chế độ giám khảo — %1</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>PIN của bạn</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Giám khảo</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Only your own entries and your own scores are shown.</source>
        <translation>Chỉ hiển thị các bài được giao cho bạn và điểm của riêng bạn.</translation>
    </message>
</context>
<context>
    <name>JudgeScoringDialog</name>
    <message>
        <source>Judge mode — %1</source>
        <translation>Chế độ giám khảo — %1</translation>
    </message>
    <message>
        <source>%v of %m scored</source>
        <translation>Đã chấm %v/%m</translation>
    </message>
    <message>
        <source>Entries to score</source>
        <translation>Bài cần chấm</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>%1, score from %2</source>
        <translation>%1, điểm từ %2</translation>
    </message>
    <message>
        <source>A comment for the coordinator (Enter saves and goes on)</source>
        <translation>Nhận xét gửi điều phối viên (Enter để lưu và tiếp tục)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>&amp;Nhận xét</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>&amp;Lưu và tiếp</translation>
    </message>
    <message>
        <source>Declare a &amp;conflict…</source>
        <translation>Khai báo &amp;xung đột…</translation>
    </message>
    <message>
        <source>&amp;Lock judge mode</source>
        <translation>&amp;Khóa chế độ giám khảo</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number. Type a score from %3 to %4%5.</source>
        <translation>%1: “%2” không phải là số. Hãy nhập điểm từ %3 đến %4%5.</translation>
    </message>
    <message>
        <source>%1: %2 is not on the scale %3. Type a score from %4 to %5%6.</source>
        <translation>%1: %2 không nằm trên thang %3. Hãy nhập điểm từ %4 đến %5%6.</translation>
    </message>
    <message>
        <source> in steps of %1</source>
        <translation>, mỗi bước %1</translation>
    </message>
    <message>
        <source>%1: only numbers can be typed here, from %2 to %3%4.</source>
        <translation>%1: ở đây chỉ nhập được số, từ %2 đến %3%4.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Scores for entry %1 changed: %2.</source>
        <translation>Điểm của bài %1 đã thay đổi: %2.</translation>
    </message>
    <message>
        <source>Scores for entry %1 saved.</source>
        <translation>Đã lưu điểm của bài %1.</translation>
    </message>
    <message>
        <source>Entry %1 saved; no score changed.</source>
        <translation>Đã lưu bài %1; không điểm nào thay đổi.</translation>
    </message>
    <message>
        <source>Same lab, same supervisor, a relative: the entry goes to another judge</source>
        <translation>Cùng phòng thí nghiệm, cùng người hướng dẫn, người thân: bài sẽ được chuyển cho giám khảo khác</translation>
    </message>
    <message>
        <source>Blind judging: entries are shown by code and title only.</source>
        <translation>Chấm ẩn danh: bài dự thi chỉ hiển thị mã và tiêu đề.</translation>
    </message>
    <message>
        <source>This contest is locked: scores can no longer change.</source>
        <translation>Cuộc thi này đã bị khóa: không thể thay đổi điểm nữa.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No entries are assigned to you yet.</source>
        <translation>Bạn chưa được giao bài dự thi nào.</translation>
    </message>
    <message>
        <source>No level guide for this criterion.</source>
        <translation>Tiêu chí này không có hướng dẫn mức điểm.</translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation>Khai báo xung đột</translation>
    </message>
    <message>
        <source>Why can you not judge %1 fairly? (same lab, same supervisor, a relative…)</source>
        <translation>Vì sao bạn không thể chấm %1 một cách công bằng? (cùng phòng thí nghiệm, cùng người hướng dẫn, người thân…)</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>Chưa ghi nhận được xung đột</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>Đã chuyển %1 cho %2.</translation>
    </message>
    <message>
        <source>%1 was taken off your list; no other judge is free for it, so the coordinator will assign one.</source>
        <translation>Đã bỏ %1 khỏi danh sách của bạn; không còn giám khảo nào khác nhận được bài này, nên điều phối viên sẽ phân công người chấm.</translation>
    </message>
    <message>
        <source>Conflict recorded</source>
        <translation>Đã ghi nhận xung đột</translation>
    </message>
</context>
<context>
    <name>KeyboardLayout</name>
    <message>
        <source>French (AZERTY)</source>
        <translation>Pháp (AZERTY)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Pháp (French)</translation>
    </message>
    <message>
        <source>Belgian (AZERTY)</source>
        <translation>Bỉ (AZERTY)</translation>
    </message>
    <message>
        <source>Belgian</source>
        <translation>Bỉ (Belgian)</translation>
    </message>
    <message>
        <source>German or Swiss (QWERTZ)</source>
        <translation>Đức hoặc Thụy Sĩ (QWERTZ)</translation>
    </message>
    <message>
        <source>German (or Swiss)</source>
        <translation>Đức (German) hoặc Thụy Sĩ (Swiss)</translation>
    </message>
    <message>
        <source>Japanese (kana input)</source>
        <translation>Nhật (nhập kana)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Nhật (Japanese)</translation>
    </message>
    <message>
        <source>Japanese (JIS)</source>
        <translation>Nhật (JIS)</translation>
    </message>
    <message>
        <source>UK English</source>
        <translation>Tiếng Anh (Anh)</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>Anh (UK)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Badges &amp;&amp; tickets…</source>
        <translation>Thẻ tên &amp;&amp; vé…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Nhập danh sách thành viên…</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Sự kiện:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Connect to &amp;shared database (PostgreSQL)…</source>
        <translation>Kết nối cơ sở dữ liệu &amp;dùng chung (PostgreSQL)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Open the &amp;demo reunion</source>
        <translation>Mở buổi &amp;họp mặt mẫu</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Nhập danh sách thành viên…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>Tạo &amp;bản sao lưu…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;E-mail settings…</source>
        <translation>Cài đặt &amp;email…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About SSC Desktop</source>
        <translation>&amp;Giới thiệu SSC Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Database: %1 (read-only: open in another SSC Desktop)</source>
        <translation>Cơ sở dữ liệu: %1 (chỉ đọc: đang mở trong một SSC Desktop khác)</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only)</source>
        <translation>%1 — %2 (chỉ đọc)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Đã nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>This database held %1 doubled check-in(s) from an older version (the same person checked in twice at once). Each person now has one check-in per list, the earliest of their stay; the others are kept, marked undone.</source>
        <translation>Cơ sở dữ liệu này có %1 lượt check-in bị trùng từ phiên bản cũ (cùng một người được check-in hai lần cùng lúc). Giờ đây mỗi người chỉ có một lượt check-in trên mỗi danh sách, là lượt sớm nhất trong thời gian có mặt; các lượt khác vẫn được giữ lại và đánh dấu là đã hoàn tác.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Cơ sở dữ liệu dùng chung</translation>
    </message>
    <message>
        <source>PostgreSQL address shared by the laptops at the venue:</source>
        <translation>Địa chỉ PostgreSQL dùng chung cho các máy tại địa điểm:</translation>
    </message>
    <message>
        <source>Cannot create the demo reunion</source>
        <translation>Không tạo được buổi họp mặt mẫu</translation>
    </message>
    <message>
        <source>Demo reunion created.</source>
        <translation>Đã tạo buổi họp mặt mẫu.</translation>
    </message>
    <message>
        <source>Demo reunion opened as you left it.</source>
        <translation>Đã mở buổi họp mặt mẫu như lúc bạn rời đi.</translation>
    </message>
    <message>
        <source>Demo reunion</source>
        <translation>Buổi họp mặt mẫu</translation>
    </message>
    <message>
        <source>There is a demo reunion from before, with what you did in it. Open it as you left it, or start the demo anew (what you did in it is then forgotten)?</source>
        <translation>Đã có một buổi họp mặt mẫu từ trước, kèm những gì bạn đã làm trong đó. Mở lại như lúc bạn rời đi, hay bắt đầu lại bản mẫu từ đầu (những gì đã làm sẽ bị xóa)?</translation>
    </message>
    <message>
        <source>Open as I left it</source>
        <translation>Mở như lúc tôi rời đi</translation>
    </message>
    <message>
        <source>Start anew</source>
        <translation>Bắt đầu lại</translation>
    </message>
    <message>
        <source>Roster imported: %1 members added or updated.</source>
        <translation>Đã nhập danh sách thành viên: %1 thành viên được thêm hoặc cập nhật.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Tickets e-mailed: %1</source>
        <translation>Đã gửi vé qua email: %1</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Writing backup copy…</source>
        <translation>Đang ghi bản sao lưu…</translation>
    </message>
    <message>
        <source>Backup copy written to %1</source>
        <translation>Đã ghi bản sao lưu vào %1</translation>
    </message>
    <message>
        <source>Backup copy failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Không có cơ sở dữ liệu gần đây</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>%1 members · %2 events</source>
        <translation>%1 thành viên · %2 sự kiện</translation>
    </message>
    <message>
        <source>No events yet — create one on the Events page.</source>
        <translation>Chưa có sự kiện — hãy tạo ở trang Sự kiện.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Kiểm tra các cột</translation>
    </message>
    <message>
        <source>Each column goes to the member field chosen in the first row. Fix any that are wrong; the mapping is remembered for files with the same headers.</source>
        <translation>Mỗi cột được đưa vào trường thành viên đã chọn ở dòng đầu. Hãy sửa những cột bị gán sai; cách gán cột sẽ được ghi nhớ cho các tệp có cùng tiêu đề cột.</translation>
    </message>
    <message>
        <source>Header row: </source>
        <translation>Dòng tiêu đề: </translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>kept in the notes: %1</source>
        <translation>giữ trong ghi chú: %1</translation>
    </message>
    <message>
        <source>Combined: %1</source>
        <translation>Kết hợp: %1</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>Mọi cột đều được nhập.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>Not imported (%1 columns): %2. Choose “Keep in the notes” to keep one.</source>
        <translation>Không nhập (%1 cột): %2. Chọn “Giữ trong ghi chú” để giữ lại một cột.</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>Trang tính: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>trang tính %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>dấu gạch đứng</translation>
    </message>
    <message>
        <source>%1, separated by %2</source>
        <translation>%1, phân tách bằng %2</translation>
    </message>
    <message>
        <source>headers on row %1</source>
        <translation>tiêu đề ở dòng %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;mapping remembered from an earlier import&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;cách gán cột được ghi nhớ từ lần nhập trước&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Hidden characters that can change how a name shows will be taken out (ZWJ and ZWNJ, which are spelling, are kept): %1</source>
        <translation>Các ký tự ẩn có thể làm thay đổi cách hiển thị tên sẽ được loại bỏ (ZWJ và ZWNJ là một phần của chính tả nên được giữ lại): %1</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>Chapter</source>
        <translation>Chi hội</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>SSP visit</source>
        <translation>Năm tham gia SSP</translation>
    </message>
    <message>
        <source>Host in Japan</source>
        <translation>Cơ quan tiếp nhận tại Nhật</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>%1 members selected: “Merge two members…” makes one record of two.</source>
        <translation>Đã chọn %1 thành viên: “Gộp hai thành viên…” sẽ hợp nhất hai hồ sơ thành một.</translation>
    </message>
    <message>
        <source>%1 members selected.</source>
        <translation>Đã chọn %1 thành viên.</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>Chưa chọn thành viên</translation>
    </message>
    <message>
        <source>Choose a row to see the member&apos;s details.</source>
        <translation>Chọn một dòng để xem thông tin chi tiết của thành viên.</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Tên (Latinh)</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Tên bản ngữ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>e.g. 2019</source>
        <translation>vd. 2019</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation>Không thuộc chi hội</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Choose a member</source>
        <translation>Chọn thành viên</translation>
    </message>
    <message>
        <source>Type a name (any script), e-mail or affiliation…</source>
        <translation>Nhập tên (chữ viết bất kỳ), email hoặc đơn vị…</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Tìm thành viên</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>Thành viên tìm thấy</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Thêm diễn giả</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Tên bản ngữ</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi hội</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Năm SSP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Alumni from every chapter roster.</source>
        <translation>Cựu học viên từ danh sách thành viên của mọi chi hội.</translation>
    </message>
    <message>
        <source>Merge two members…</source>
        <translation>Gộp hai thành viên…</translation>
    </message>
    <message>
        <source>Select two rows (Ctrl+click) that are the same person, then merge them.</source>
        <translation>Chọn hai dòng (Ctrl+nhấp) là cùng một người, rồi gộp lại.</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Tìm thành viên</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation — typos are forgiven…</source>
        <translation>Tìm tên bằng chữ viết bất kỳ, email hoặc đơn vị — gõ sai một chút cũng không sao…</translation>
    </message>
    <message>
        <source>A close match: the search words are spelt a little differently here.</source>
        <translation>Kết quả gần đúng: từ tìm kiếm được viết hơi khác ở đây.</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Sửa thành viên</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Gộp với…</translation>
    </message>
    <message>
        <source>This database has no members yet.

To look around first, open the demo reunion (File → Open the demo reunion).</source>
        <translation>Cơ sở dữ liệu này chưa có thành viên nào.

Để xem thử trước, hãy mở buổi họp mặt mẫu (Tệp → Mở buổi họp mặt mẫu).</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Đang tải thành viên…</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Mọi chi hội</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Mọi quốc gia</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 thành viên</translation>
    </message>
    <message>
        <source>%1 of %2 shown (%3 close matches)</source>
        <translation>Hiển thị %1/%2 (%3 kết quả gần đúng)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Hiển thị %1/%2</translation>
    </message>
</context>
<context>
    <name>MergeDesksDialog</name>
    <message>
        <source>Merge desks</source>
        <translation>Gộp bàn</translation>
    </message>
    <message>
        <source>The check-ins, undos and check-outs of each desk file come into this database. Merging a file again changes nothing. When two desks let the same person in, the earlier check-in stands and both are listed below. Desks may keep scanning meanwhile.</source>
        <translation>Các lượt check-in, hoàn tác và check-out của mỗi tệp bàn được đưa vào cơ sở dữ liệu này. Gộp lại một tệp lần nữa sẽ không thay đổi gì. Khi hai bàn cùng cho một người vào, lượt check-in sớm hơn được giữ và cả hai được liệt kê bên dưới. Trong lúc gộp, các bàn vẫn có thể tiếp tục quét.</translation>
    </message>
    <message>
        <source>Desk files to merge</source>
        <translation>Tệp bàn cần gộp</translation>
    </message>
    <message>
        <source>Add desk files…</source>
        <translation>Thêm tệp bàn…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>Desk file</source>
        <translation>Tệp bàn</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Undos</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Check-outs</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>What each desk file brought</source>
        <translation>Nội dung từng tệp bàn mang về</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Stands</source>
        <translation>Được giữ</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Đã hoàn tác</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Desk files</source>
        <translation>Tệp bàn</translation>
    </message>
    <message>
        <source>Merging the desks&apos; check-ins…</source>
        <translation>Đang gộp các lượt check-in của các bàn…</translation>
    </message>
    <message>
        <source>Cancelled. What was merged stays merged; merging again finishes the rest.</source>
        <translation>Đã hủy. Phần đã gộp vẫn được giữ; gộp lại sẽ hoàn tất phần còn lại.</translation>
    </message>
    <message>
        <source>%1 desk file(s) merged: %2 check-ins added, %3 conflict(s).</source>
        <translation>Đã gộp %1 tệp bàn: thêm %2 lượt check-in, %3 xung đột.</translation>
    </message>
    <message>
        <source>The door</source>
        <translation>Cửa vào</translation>
    </message>
    <message>
        <source>The merge stopped: %1</source>
        <translation>Việc gộp đã dừng: %1</translation>
    </message>
</context>
<context>
    <name>MergeMembersDialog</name>
    <message>
        <source>Merge two member records</source>
        <translation>Gộp hai hồ sơ thành viên</translation>
    </message>
    <message>
        <source>These two records become one. Choose the record that stays, and for each field the value to keep. The other record&apos;s registrations, check-ins and programme slots move to the one that stays; then it is deleted. This cannot be undone.</source>
        <translation>Hai hồ sơ này sẽ được hợp nhất thành một. Hãy chọn hồ sơ được giữ lại và giá trị cần giữ cho từng trường. Các lượt đăng ký, check-in và phần trình bày trong chương trình của hồ sơ kia sẽ được chuyển sang hồ sơ được giữ; sau đó hồ sơ kia bị xóa. Không thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>Record that stays:</source>
        <translation>Hồ sơ được giữ:</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Tên (Latinh)</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Tên bản ngữ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>SSP visit</source>
        <translation>Năm tham gia SSP</translation>
    </message>
    <message>
        <source>Host in Japan</source>
        <translation>Cơ quan tiếp nhận tại Nhật</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi hội</translation>
    </message>
    <message>
        <source>Record %1 stays; record %2 is deleted.</source>
        <translation>Giữ hồ sơ %1; xóa hồ sơ %2.</translation>
    </message>
    <message>
        <source>%1 registration(s) and %2 programme slot(s) move to record %3.</source>
        <translation>%1 lượt đăng ký và %2 phần trình bày trong chương trình sẽ chuyển sang hồ sơ %3.</translation>
    </message>
    <message>
        <source>Both are registered for %1 event(s): the better registration stays there (registered before waitlisted before cancelled) and keeps the check-ins of both.</source>
        <translation>Cả hai cùng đăng ký %1 sự kiện: lượt đăng ký tốt hơn được giữ lại (đã đăng ký ưu tiên hơn danh sách chờ, danh sách chờ ưu tiên hơn đã hủy) và giữ các lượt check-in của cả hai.</translation>
    </message>
    <message>
        <source>Taken from record %1: %2.</source>
        <translation>Lấy từ hồ sơ %1: %2.</translation>
    </message>
</context>
<context>
    <name>OnlineMatchingDialog</name>
    <message>
        <source>Match online participants</source>
        <translation>Khớp người tham gia trực tuyến</translation>
    </message>
    <message>
        <source>These people joined online but could not be matched to a registration by e-mail or name. Choose who each one is.</source>
        <translation>Những người này đã tham gia trực tuyến nhưng không khớp được với lượt đăng ký nào theo email hoặc tên. Hãy chọn đúng người cho từng trường hợp.</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>Tên trong báo cáo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Time online</source>
        <translation>Thời gian trực tuyến</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 phút %2 giây</translation>
    </message>
    <message>
        <source>Online names to match</source>
        <translation>Tên trực tuyến cần đối chiếu</translation>
    </message>
    <message>
        <source>Registered as:</source>
        <translation>Đã đăng ký là:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Khớp</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <source>%1 (%2% alike)</source>
        <translation>%1 (giống %2%)</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 là %2.</translation>
    </message>
    <message>
        <source>%1 left out: not a registered person.</source>
        <translation>Đã bỏ qua %1: không phải người đã đăng ký.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Giống hệ thống (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>SSC Desktop will speak this language from its next start.</source>
        <translation>SSC Desktop sẽ dùng ngôn ngữ này từ lần khởi động sau.</translation>
    </message>
</context>
<context>
    <name>PrepareDeskDialog</name>
    <message>
        <source>Prepare desk</source>
        <translation>Chuẩn bị bàn</translation>
    </message>
    <message>
        <source>One file with “%1”: its registrations, people&apos;s names, ticket secret, check-in lists and desk notes. Another laptop opens it as its database and checks people in with no server; Merge desks… brings its check-ins back. The file holds personal data: it is locked with a passphrase — give the passphrase separately from the file.</source>
        <translation>Một tệp chứa “%1”: các lượt đăng ký, tên mọi người, khóa bí mật của vé, danh sách check-in và ghi chú cho bàn. Một máy khác mở tệp này làm cơ sở dữ liệu và check-in mọi người mà không cần máy chủ; Gộp bàn… sẽ đưa các lượt check-in trở lại. Tệp chứa dữ liệu cá nhân nên được khóa bằng cụm mật khẩu — hãy gửi cụm mật khẩu riêng, không kèm theo tệp.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>Desk file</source>
        <translation>Tệp bàn</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
    <message>
        <source>Writing the desk file…</source>
        <translation>Đang ghi tệp bàn…</translation>
    </message>
    <message>
        <source>Cancelled: no desk file was written.</source>
        <translation>Đã hủy: chưa ghi tệp bàn nào.</translation>
    </message>
    <message>
        <source>Written: %1 — %2 registrations, %3 check-ins, %4 check-in lists. On the desk laptop: open it with File → Open database… (or ssc-desktop --db FILE) and the passphrase.</source>
        <translation>Đã ghi: %1 — %2 lượt đăng ký, %3 lượt check-in, %4 danh sách check-in. Trên máy của bàn: mở tệp bằng Tệp → Mở cơ sở dữ liệu… (hoặc ssc-desktop --db FILE) và nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <source>No desk file was written: %1</source>
        <translation>Chưa ghi được tệp bàn: %1</translation>
    </message>
</context>
<context>
    <name>PrintedWords</name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Trang {page}/{total}</translation>
    </message>
    <message>
        <source>Sign-in sheet — {title}</source>
        <translation>Danh sách ký tên — {title}</translation>
    </message>
    <message>
        <source>Sign-in sheet · {title} · {date}</source>
        <translation>Danh sách ký tên · {title} · {date}</translation>
    </message>
    <message>
        <source>{count} registered. Please sign beside your name.</source>
        <translation>{count} người đã đăng ký. Vui lòng ký tên bên cạnh tên của bạn.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Chapter · affiliation</source>
        <translation>Chi hội · đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Nobody is registered yet.</source>
        <translation>Chưa có ai đăng ký.</translation>
    </message>
    <message>
        <source>Agenda — {title}</source>
        <translation>Lịch trình — {title}</translation>
    </message>
    <message>
        <source>Venue: {venue}</source>
        <translation>Địa điểm: {venue}</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>Trực tuyến: {link}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>No programme items yet.</source>
        <translation>Chưa có mục nào trong chương trình.</translation>
    </message>
    <message>
        <source>All times are local to the event ({zone}).</source>
        <translation>Mọi thời gian đều theo giờ địa phương của sự kiện ({zone}).</translation>
    </message>
    <message>
        <source>Reunion report — {title}</source>
        <translation>Báo cáo buổi họp mặt — {title}</translation>
    </message>
    <message>
        <source>Reunion report · {title} · {date}</source>
        <translation>Báo cáo buổi họp mặt · {title} · {date}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Đã tham dự</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Tỷ lệ tham dự</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Đăng ký tại chỗ</translation>
    </message>
    <message>
        <source>Arrivals per hour (local time)</source>
        <translation>Lượt đến theo giờ (giờ địa phương)</translation>
    </message>
    <message>
        <source>Registered and attended by country</source>
        <translation>Đã đăng ký và đã tham dự theo quốc gia</translation>
    </message>
    <message>
        <source>Registered and attended by role</source>
        <translation>Đã đăng ký và đã tham dự theo vai trò</translation>
    </message>
    <message>
        <source>No arrivals recorded.</source>
        <translation>Chưa ghi nhận lượt đến nào.</translation>
    </message>
    <message>
        <source>Nobody registered yet.</source>
        <translation>Chưa có ai đăng ký.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>đã tham dự</translation>
    </message>
    <message>
        <source>Parts of the day: {parts}</source>
        <translation>Các phần trong ngày: {parts}</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Cuộc thi</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Giải</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Bài dự thi</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Người đoạt giải</translation>
    </message>
    <message>
        <source>Contest winners</source>
        <translation>Người đoạt giải cuộc thi</translation>
    </message>
    <message>
        <source>Notes from the coordinator</source>
        <translation>Ghi chú của điều phối viên</translation>
    </message>
    <message>
        <source>No programme items.</source>
        <translation>Không có mục nào trong chương trình.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Đang ghi PDF</translation>
    </message>
    <message>
        <source>Results — {title}</source>
        <translation>Kết quả — {title}</translation>
    </message>
    <message>
        <source>Final results</source>
        <translation>Kết quả chính thức</translation>
    </message>
    <message>
        <source>Provisional results (not yet locked)</source>
        <translation>Kết quả tạm thời (chưa khóa)</translation>
    </message>
    <message>
        <source>{kind} contest · {status}</source>
        <translation>Cuộc thi {kind} · {status}</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Chủ đề: {theme}</translation>
    </message>
    <message>
        <source>Ranked by: {method}. Each judge&apos;s total is the weighted rubric score as a percentage; ties are broken by the stated order and entries still equal share a rank (=).</source>
        <translation>Xếp hạng theo: {method}. Tổng điểm của mỗi giám khảo là điểm theo tiêu chí có trọng số, tính theo phần trăm; trường hợp bằng điểm được phân định theo thứ tự đã nêu, các bài vẫn bằng nhau thì đồng hạng (=).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Tất cả bài dự thi</translation>
    </message>
    <message>
        <source>Remaining ties: {ties}</source>
        <translation>Các trường hợp vẫn bằng điểm: {ties}</translation>
    </message>
    <message>
        <source>How these results were computed</source>
        <translation>Cách tính các kết quả này</translation>
    </message>
    <message>
        <source>{heading}. {text}</source>
        <translation>{heading}. {text}</translation>
    </message>
    <message>
        <source>{name} × {weight} (out of {maximum})</source>
        <translation>{name} × {weight} (trên thang {maximum})</translation>
    </message>
    <message>
        <source>A judge&apos;s total</source>
        <translation>Tổng điểm của một giám khảo</translation>
    </message>
    <message>
        <source>For each entry, each judge&apos;s total is the weighted share of the best possible sheet: every score is divided by its criterion&apos;s maximum, multiplied by the criterion&apos;s weight, the products are added up, divided by the sum of the weights ({weight_sum}) and multiplied by 100. The criteria and weights: {weights}. Only complete sheets count: a judge who left any criterion empty for an entry gives it no total.</source>
        <translation>Với mỗi bài dự thi, tổng điểm của mỗi giám khảo là tỷ lệ có trọng số so với phiếu chấm tối đa: mỗi điểm được chia cho điểm tối đa của tiêu chí, nhân với trọng số của tiêu chí đó, các tích được cộng lại, chia cho tổng các trọng số ({weight_sum}) rồi nhân với 100. Các tiêu chí và trọng số: {weights}. Chỉ những phiếu chấm đầy đủ mới được tính: giám khảo bỏ trống bất kỳ tiêu chí nào của một bài thì không cho bài đó tổng điểm.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>The mean of an entry is the plain average of its judges&apos; totals.</source>
        <translation>Điểm trung bình của một bài là trung bình cộng đơn giản các tổng điểm của những giám khảo chấm bài đó.</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>Chuẩn hóa</translation>
    </message>
    <message>
        <source>A harsh judge and a lenient one should weigh the same. So each judge&apos;s totals are turned into z-scores over that judge&apos;s own entries: minus that judge&apos;s mean, divided by that judge&apos;s population standard deviation (dividing by the number of entries, not one less). Each z-score is shown as {mean} + {sd} × z, so a judge&apos;s average entry gets {mean} and one standard deviation is {sd} points ({mean} ± {sd}). A judge with fewer than two entries, or who gave every entry the same total, gives {mean}. An entry&apos;s normalized total is the mean of its judges&apos; normalized totals.</source>
        <translation>Một giám khảo khắt khe và một giám khảo dễ tính phải có trọng lượng như nhau. Vì vậy, tổng điểm của mỗi giám khảo được chuyển thành điểm z trên chính các bài mà giám khảo đó chấm: trừ đi điểm trung bình của giám khảo đó, rồi chia cho độ lệch chuẩn tổng thể của giám khảo đó (chia cho số bài, không phải số bài trừ một). Mỗi điểm z được thể hiện là {mean} + {sd} × z, nên một bài ở mức trung bình của giám khảo được {mean} và một độ lệch chuẩn tương ứng với {sd} điểm ({mean} ± {sd}). Giám khảo chấm ít hơn hai bài, hoặc cho mọi bài cùng một tổng điểm, sẽ cho {mean}. Tổng điểm chuẩn hóa của một bài là trung bình các tổng điểm chuẩn hóa của những giám khảo chấm bài đó.</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Trung bình cắt</translation>
    </message>
    <message>
        <source>With {judges} or more judges on an entry, its highest and its lowest total are dropped and the rest averaged; with fewer judges the trimmed mean equals the mean.</source>
        <translation>Khi một bài có từ {judges} giám khảo trở lên, tổng điểm cao nhất và thấp nhất bị loại và phần còn lại được lấy trung bình; với ít giám khảo hơn, trung bình cắt bằng điểm trung bình.</translation>
    </message>
    <message>
        <source>Ranking and ties</source>
        <translation>Xếp hạng và đồng điểm</translation>
    </message>
    <message>
        <source>These results are ranked by the {method}, within each category. Entries with equal totals (compared to 6 decimals) are ordered by their mean score on “{criterion}”, then the number of judges who scored them (more first). Entries still equal after that share a rank, marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.</source>
        <translation>Các kết quả này được xếp hạng theo {method}, trong từng hạng mục. Các bài có tổng điểm bằng nhau (so sánh đến 6 chữ số thập phân) được sắp theo điểm trung bình ở tiêu chí “{criterion}”, sau đó theo số giám khảo đã chấm (nhiều hơn xếp trước). Các bài vẫn bằng nhau sau đó sẽ đồng hạng, được đánh dấu “=”, và hạng kế tiếp bị bỏ qua (1, 1, 3). Các bài chưa được giám khảo nào chấm xong sẽ được liệt kê mà không xếp hạng.</translation>
    </message>
    <message>
        <source>These results are ranked by the {method}, within each category. Entries with equal totals (compared to 6 decimals) are ordered by the number of judges who scored them (more first). Entries still equal after that share a rank, marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.</source>
        <translation>Các kết quả này được xếp hạng theo {method}, trong từng hạng mục. Các bài có tổng điểm bằng nhau (so sánh đến 6 chữ số thập phân) được sắp theo số giám khảo đã chấm (nhiều hơn xếp trước). Các bài vẫn bằng nhau sau đó sẽ đồng hạng, được đánh dấu “=”, và hạng kế tiếp bị bỏ qua (1, 1, 3). Các bài chưa được giám khảo nào chấm xong sẽ được liệt kê mà không xếp hạng.</translation>
    </message>
    <message>
        <source>Worked example: {code}</source>
        <translation>Ví dụ tính toán: {code}</translation>
    </message>
    <message>
        <source>{code} was scored by {judges} judge(s), whose totals were {totals}: mean {mean}. Normalized per judge: {normalized}; their mean {normalized_mean}. Trimmed mean {trimmed}. Ranked by the {method}: {total}, rank {rank} in {category}.</source>
        <translation>{code} được {judges} giám khảo chấm, với các tổng điểm {totals}: trung bình {mean}. Chuẩn hóa theo từng giám khảo: {normalized}; trung bình của chúng {normalized_mean}. Trung bình cắt {trimmed}. Xếp hạng theo {method}: {total}, hạng {rank} trong {category}.</translation>
    </message>
    <message>
        <source>its category</source>
        <translation>hạng mục của bài</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Tạm thời</translation>
    </message>
    <message>
        <source>The contest is not locked: scores may still change.</source>
        <translation>Cuộc thi chưa được khóa: điểm vẫn có thể thay đổi.</translation>
    </message>
    <message>
        <source>This certificate is presented to</source>
        <translation>Giấy chứng nhận này được trao cho</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>Badges — {title}</source>
        <translation>Thẻ tên — {title}</translation>
    </message>
    <message>
        <source>Ticket — {title} — {name}</source>
        <translation>Vé — {title} — {name}</translation>
    </message>
    <message>
        <source>Ticket · {chapter}</source>
        <translation>Vé · {chapter}</translation>
    </message>
    <message>
        <source>Show this code at the door: on your phone or printed. It is yours alone.</source>
        <translation>Hãy xuất trình mã này tại cửa vào, trên điện thoại hoặc bản in. Mã này chỉ dành riêng cho bạn.</translation>
    </message>
    <message>
        <source>A new ticket replaces this one.</source>
        <translation>Vé mới sẽ thay thế vé này.</translation>
    </message>
    <message>
        <source>Judges&apos; phone cards — {title}</source>
        <translation>Thẻ điện thoại của giám khảo — {title}</translation>
    </message>
    <message>
        <source>Scan with your phone, then type your PIN.</source>
        <translation>Quét bằng điện thoại, rồi nhập mã PIN của bạn.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>thg 1</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>thg 2</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>thg 3</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>thg 4</translation>
    </message>
    <message>
        <source>May</source>
        <translation>thg 5</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>thg 6</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>thg 7</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>thg 8</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>thg 9</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>thg 10</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>thg 11</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>thg 12</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Th 2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Th 3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Th 4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Th 5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Th 6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Th 7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Sửa mục chương trình</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Mục chương trình mới</translation>
    </message>
    <message>
        <source>e.g. Opening keynote</source>
        <translation>vd. Bài phát biểu khai mạc</translation>
    </message>
    <message>
        <source>Room or track</source>
        <translation>Phòng hoặc phiên</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Kết thúc lúc</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>Thêm khách mời…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Room or track:</source>
        <translation>Phòng hoặc phiên:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Mô tả:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Diễn giả:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (khách mời)</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>The day of the chosen event: talks, breaks and rooms.</source>
        <translation>Lịch trình trong ngày của sự kiện đang chọn: bài trình bày, giờ nghỉ và phòng.</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Thêm mục…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>A copy placed right after the item, in the same room (Ctrl+D)</source>
        <translation>Một bản sao đặt ngay sau mục này, trong cùng phòng (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Programme items</source>
        <translation>Mục chương trình</translation>
    </message>
    <message>
        <source>No items yet. Add the first one with “Add item…”.</source>
        <translation>Chưa có mục nào. Hãy thêm mục đầu tiên bằng “Thêm mục…”.</translation>
    </message>
    <message>
        <source>Programme warnings</source>
        <translation>Cảnh báo chương trình</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>%1 — times in %2</source>
        <translation>%1 — giờ theo %2</translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation>Hãy chọn hoặc tạo sự kiện trước.</translation>
    </message>
    <message>
        <source>No clashes: every room and speaker is in one place at a time.</source>
        <translation>Không có trùng lịch: mỗi phòng và mỗi diễn giả chỉ ở một nơi tại một thời điểm.</translation>
    </message>
    <message>
        <source>%1 warnings — click one to see the item</source>
        <translation>%1 cảnh báo — nhấp vào một cảnh báo để xem mục đó</translation>
    </message>
    <message>
        <source>1 warning — click it to see the item</source>
        <translation>1 cảnh báo — nhấp vào để xem mục đó</translation>
    </message>
    <message>
        <source>Cannot duplicate the item</source>
        <translation>Không thể nhân bản mục</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Delete “%1” from the programme?</source>
        <translation>Xóa “%1” khỏi chương trình?</translation>
    </message>
    <message>
        <source>Cannot delete the item</source>
        <translation>Không thể xóa mục</translation>
    </message>
    <message>
        <source>PDF agenda (*.pdf)</source>
        <translation>Lịch trình PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Xuất lịch trình</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Agenda written to %1</source>
        <translation>Đã ghi lịch trình vào %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không c&amp;ho tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>RegisterMembersDialog</name>
    <message>
        <source>Register members — %1</source>
        <translation>Đăng ký thành viên — %1</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation…</source>
        <translation>Tìm tên bằng chữ viết bất kỳ, email hoặc đơn vị…</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Mọi chi hội</translation>
    </message>
    <message>
        <source>Hide those registered already</source>
        <translation>Ẩn những người đã đăng ký</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Chọn tất cả đang hiện</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Sign-ups closed on %1: register them all the same</source>
        <translation>Đăng ký đã đóng vào %1: vẫn đăng ký cho họ</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Đang tải thành viên…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Tên bản ngữ</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi hội</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Tìm thành viên</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>SSP visit year</source>
        <translation>Năm tham gia SSP</translation>
    </message>
    <message>
        <source>Members to register</source>
        <translation>Thành viên cần đăng ký</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Năm SSP</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>For this event</source>
        <translation>Với sự kiện này</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Mọi quốc gia</translation>
    </message>
    <message>
        <source>Any visit year</source>
        <translation>Mọi năm tham gia SSP</translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>Hiển thị %1/%2 thành viên</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>Đăng ký %1 người</translation>
    </message>
    <message>
        <source>No limit on places</source>
        <translation>Không giới hạn số chỗ</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>Còn trống %1/%2 chỗ</translation>
    </message>
    <message>
        <source>%1 will join the waitlist</source>
        <translation>%1 người sẽ vào danh sách chờ</translation>
    </message>
    <message>
        <source>Registered %1, waitlisted %2.</source>
        <translation>Đã đăng ký %1 người, %2 người vào danh sách chờ.</translation>
    </message>
    <message>
        <source>%1 had a registration already.</source>
        <translation>%1 người đã có đăng ký từ trước.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Registrations</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Register members…</source>
        <translation>Đăng ký thành viên…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Đăng ký tại chỗ…</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>trong danh sách chờ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>đã check-in</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>đăng ký tại chỗ</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>Tìm lượt đăng ký</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation…</source>
        <translation>Tìm tên bằng chữ viết bất kỳ, email hoặc đơn vị…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Mọi vai trò</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Hủy đăng ký</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Undo the cancellation: back to a place if one is free, else to the end of the waitlist.</source>
        <translation>Hoàn tác việc hủy: có chỗ trở lại nếu còn chỗ trống, nếu không thì xếp cuối danh sách chờ.</translation>
    </message>
    <message>
        <source>Desk note…</source>
        <translation>Ghi chú cho bàn…</translation>
    </message>
    <message>
        <source>What the check-in desk must do for this person; shown when they check in.</source>
        <translation>Việc bàn check-in cần làm cho người này; hiện ra khi họ check-in.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Tên bản ngữ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Tại chỗ</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Đăng ký lúc</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã check-in</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Desk note</source>
        <translation>Ghi chú cho bàn</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to see who is coming.</source>
        <translation>Chọn một sự kiện trên thanh phía trên để xem ai sẽ đến.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>sign-ups close %1</source>
        <translation>hạn đăng ký %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>No event is chosen. Create one on the Events page, then pick it in the bar above.</source>
        <translation>Chưa chọn sự kiện. Hãy tạo sự kiện ở trang Sự kiện, rồi chọn trên thanh phía trên.</translation>
    </message>
    <message>
        <source>No one is registered for this event yet.

“Register members…” signs people up from the roster; “Walk-in…” adds a person at the desk.</source>
        <translation>Chưa có ai đăng ký sự kiện này.

“Đăng ký thành viên…” đăng ký cho mọi người từ danh sách thành viên; “Đăng ký tại chỗ…” thêm một người ngay tại bàn.</translation>
    </message>
    <message>
        <source>Over capacity by %1</source>
        <translation>Vượt sức chứa %1 người</translation>
    </message>
    <message>
        <source>%1 places free</source>
        <translation>Còn trống %1 chỗ</translation>
    </message>
    <message>
        <source>Full: new sign-ups join the waitlist</source>
        <translation>Đã đầy: người đăng ký mới sẽ vào danh sách chờ</translation>
    </message>
    <message>
        <source>No limit on places</source>
        <translation>Không giới hạn số chỗ</translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation>(+%1 đang chờ)</translation>
    </message>
    <message>
        <source>%1 registrations</source>
        <translation>%1 lượt đăng ký</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Hiển thị %1/%2</translation>
    </message>
    <message>
        <source>Undo the check-in at the desk first.</source>
        <translation>Hãy hoàn tác check-in tại bàn trước.</translation>
    </message>
    <message>
        <source>Cancel the registration of %1?</source>
        <translation>Hủy đăng ký của %1?</translation>
    </message>
    <message>
        <source>The first person on the waitlist gets the place.</source>
        <translation>Người đầu tiên trong danh sách chờ sẽ nhận chỗ này.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Đã hủy: %1.</translation>
    </message>
    <message>
        <source>Promoted from the waitlist: %1.</source>
        <translation>Được chuyển từ danh sách chờ: %1.</translation>
    </message>
    <message>
        <source>Restored: %1 has a place again.</source>
        <translation>Đã khôi phục: %1 đã có chỗ trở lại.</translation>
    </message>
    <message>
        <source>The event is full: %1 is back on the waitlist, at the end.</source>
        <translation>Sự kiện đã đầy: %1 được đưa về cuối danh sách chờ.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 giờ là: %2.</translation>
    </message>
    <message>
        <source>Desk note for %1 saved.</source>
        <translation>Đã lưu ghi chú cho bàn của %1.</translation>
    </message>
    <message>
        <source>Desk note for %1 cleared.</source>
        <translation>Đã xóa ghi chú cho bàn của %1.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>SSC Desktop backs this database up when it opens it, before each upgrade and every 10 minutes while an event is under way; it keeps the last 20 and one a day for 30 days. Restoring one puts it in place of the database; the database as it is now is backed up first, so a restore can be undone.</source>
        <translation>SSC Desktop sao lưu cơ sở dữ liệu này khi mở, trước mỗi lần nâng cấp và cứ 10 phút một lần khi sự kiện đang diễn ra; giữ lại 20 bản gần nhất và mỗi ngày một bản trong 30 ngày. Khôi phục một bản sẽ thay thế cơ sở dữ liệu bằng bản đó; cơ sở dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>Lưu tại: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Lược đồ</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Đang đọc các bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>khi mở</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>trước khi nâng cấp</translation>
    </message>
    <message>
        <source>every 10 minutes (event under way)</source>
        <translation>10 phút một lần (sự kiện đang diễn ra)</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>sao lưu thủ công</translation>
    </message>
    <message>
        <source>%1 backup(s).</source>
        <translation>%1 bản sao lưu.</translation>
    </message>
    <message>
        <source>No backups yet: the first is taken when SSC Desktop opens the database.</source>
        <translation>Chưa có bản sao lưu: bản đầu tiên sẽ được tạo khi SSC Desktop mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Đang sao lưu</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Put the backup of %1 (%2 members, %3 registrations, %4 check-ins) in place of the database?

The database as it is now is backed up first, so you can come back to it.</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu lúc %1 (%2 thành viên, %3 lượt đăng ký, %4 lượt check-in)?

Cơ sở dữ liệu hiện tại sẽ được sao lưu trước, nên bạn có thể quay lại.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Đang khôi phục bản sao lưu lúc %1…</translation>
    </message>
    <message>
        <source>Cancelled: the database was not changed.</source>
        <translation>Đã hủy: cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Name (Latin letters)</source>
        <translation>Tên (chữ Latinh)</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Tên bản ngữ</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>Cách đọc (kana)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>Quốc gia / khu vực</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Visit year</source>
        <translation>Năm tham gia SSP</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Keep in the notes</source>
        <translation>Giữ trong ghi chú</translation>
    </message>
    <message>
        <source>+ %1 (joined with the other column)</source>
        <translation>+ %1 (nối với cột kia)</translation>
    </message>
    <message>
        <source>Update the member</source>
        <translation>Cập nhật thành viên</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Bỏ qua dòng</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Giữ cả hai</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Nhập thành</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Tiêu đề cột</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct the value</source>
        <translation>Nhấp đúp hoặc nhấn F2 để sửa giá trị</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Loại ra</translation>
    </message>
    <message>
        <source>Leave this row out of the import</source>
        <translation>Loại dòng này khỏi lần nhập</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Nhập danh sách thành viên</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The import stopped: %1 Nothing was changed.</source>
        <translation>Quá trình nhập đã dừng: %1 Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Đã hủy nhập. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <source>Rubric — %1</source>
        <translation>Bảng tiêu chí — %1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Thấp nhất</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Cao nhất</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Guide (level: meaning; level: meaning)</source>
        <translation>Hướng dẫn (mức: ý nghĩa; mức: ý nghĩa)</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation>Xóa tiêu chí cuối</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a certificate</source>
        <translation>Quét giấy chứng nhận</translation>
    </message>
    <message>
        <source>Hold the certificate&apos;s QR code up to the camera.</source>
        <translation>Đưa mã QR của giấy chứng nhận lên trước camera.</translation>
    </message>
    <message>
        <source>No camera found. Type the certificate&apos;s number, or paste its QR text, into the Verify box.</source>
        <translation>Không tìm thấy camera. Hãy nhập số giấy chứng nhận, hoặc dán nội dung mã QR, vào ô Xác minh.</translation>
    </message>
</context>
<context>
    <name>ScannerLayoutHint</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <source>This scanner&apos;s keys are being typed as Japanese kana: the input method on this laptop is in kana mode. Switch it to direct input (英数 / alphanumeric) while scanning; codes are being corrected meanwhile.</source>
        <translation>Máy quét đang gõ ra chữ kana tiếng Nhật: bộ gõ trên máy này đang ở chế độ kana. Hãy chuyển sang nhập trực tiếp (英数 / chữ và số) trong khi quét; trong lúc đó các mã vẫn được tự động sửa.</translation>
    </message>
    <message>
        <source>This scanner types as a US keyboard but this laptop uses %1. Set the scanner to the %2 layout (see its manual: keyboard country / language barcode) or switch the laptop to US English; codes are being corrected meanwhile.</source>
        <translation>Máy quét gõ như bàn phím Mỹ nhưng máy này dùng bàn phím %1. Hãy đặt máy quét sang bố cục %2 (xem hướng dẫn sử dụng: mã vạch chọn quốc gia / ngôn ngữ bàn phím) hoặc chuyển máy này sang tiếng Anh (Mỹ); trong lúc đó các mã vẫn được tự động sửa.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Đã hiểu</translation>
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
        <translation>Trang</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Cuộc thi</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>Cài đặt email</translation>
    </message>
    <message>
        <source>e.g. smtp.gmail.com</source>
        <translation>vd. smtp.gmail.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (thường là cổng 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (thường là cổng 465)</translation>
    </message>
    <message>
        <source>None — unencrypted (local relays only)</source>
        <translation>Không — không mã hóa (chỉ cho máy chuyển tiếp nội bộ)</translation>
    </message>
    <message>
        <source>e.g. reunion@ssc-india.org</source>
        <translation>vd. reunion@ssc-india.org</translation>
    </message>
    <message>
        <source>e.g. SSC India (the chapter&apos;s name if empty)</source>
        <translation>vd. SSC Việt Nam (để trống sẽ dùng tên chi hội)</translation>
    </message>
    <message>
        <source>Test to</source>
        <translation>Gửi thử đến</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Gửi email thử</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Bảo mật:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Tên người dùng:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>Địa chỉ gửi:</translation>
    </message>
    <message>
        <source>From name:</source>
        <translation>Tên người gửi:</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>Gửi thử đến:</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring (%1), not in the database: each laptop that sends e-mail has it typed once.</source>
        <translation>Mật khẩu được lưu trong kho khóa (keyring) của máy tính này (%1), không lưu trong cơ sở dữ liệu: mỗi máy gửi email cần nhập mật khẩu một lần.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password an older version saved is still in the database, where every desk can read it. Save to take it out: it is then kept only until SSC Desktop closes.</source>
        <translation>Máy tính này không có kho khóa (keyring), nên mật khẩu do phiên bản cũ lưu vẫn còn trong cơ sở dữ liệu, nơi mọi bàn đều đọc được. Hãy nhấn Lưu để gỡ mật khẩu ra: sau đó mật khẩu chỉ được giữ cho đến khi đóng SSC Desktop.</translation>
    </message>
    <message>
        <source>This computer has no keyring (on Linux: no Secret Service such as GNOME Keyring or KWallet), so the password is kept only in memory until SSC Desktop closes, never in the database. Type it again next time.</source>
        <translation>Máy tính này không có kho khóa (trên Linux: không có Secret Service như GNOME Keyring hoặc KWallet), nên mật khẩu chỉ được giữ trong bộ nhớ cho đến khi đóng SSC Desktop, không bao giờ lưu vào cơ sở dữ liệu. Lần sau hãy nhập lại.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Đang gửi thư thử…</translation>
    </message>
    <message>
        <source>Sent a test message to %1. Check that it arrived.</source>
        <translation>Đã gửi thư thử đến %1. Hãy kiểm tra xem thư đã đến chưa.</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <source>Station:</source>
        <translation>Trạm:</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Tên bàn</translation>
    </message>
    <message>
        <source>Checking into:</source>
        <translation>Check-in vào:</translation>
    </message>
    <message>
        <source>Checking into</source>
        <translation>Check-in vào</translation>
    </message>
    <message>
        <source>Lists…</source>
        <translation>Danh sách…</translation>
    </message>
    <message>
        <source>Add, rename or delete the parts of the day people check into</source>
        <translation>Thêm, đổi tên hoặc xóa các phần trong ngày cần check-in</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Đăng ký tại chỗ…</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Hoàn tác lượt cuối (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Thoát (Esc)</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>Đăng ký tại chỗ (F2)</translation>
    </message>
    <message>
        <source>Camera on or off (F3)</source>
        <translation>Bật hoặc tắt camera (F3)</translation>
    </message>
    <message>
        <source>Check-in lists (F4)</source>
        <translation>Danh sách check-in (F4)</translation>
    </message>
</context>
<context>
    <name>StationLists</name>
    <message>
        <source>The door (whole event)</source>
        <translation>Cửa vào (toàn bộ sự kiện)</translation>
    </message>
</context>
<context>
    <name>StationServerLink</name>
    <message>
        <source>This desk has no local copy of the event yet: if the server is lost, check-ins stop until it is back.</source>
        <translation>Bàn này chưa có bản sao cục bộ của sự kiện: nếu mất kết nối máy chủ, việc check-in sẽ dừng cho đến khi kết nối lại.</translation>
    </message>
    <message>
        <source>The server is out of reach: working from the local copy, %1 check-in(s) waiting. Keep scanning; they are sent when the server is back.</source>
        <translation>Không kết nối được máy chủ: đang làm việc với bản sao cục bộ, %1 lượt check-in đang chờ gửi. Hãy tiếp tục quét; các lượt này sẽ được gửi khi máy chủ kết nối lại.</translation>
    </message>
    <message>
        <source>The server is back: %1 check-in(s) made from the local copy were sent.</source>
        <translation>Đã kết nối lại máy chủ: đã gửi %1 lượt check-in thực hiện trên bản sao cục bộ.</translation>
    </message>
    <message>
        <source>%1 person(s) were also checked in at another desk meanwhile; the earlier check-in stands: %2</source>
        <translation>Trong lúc đó %1 người cũng đã được check-in ở bàn khác; lượt check-in sớm hơn được giữ: %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> và %1 người khác</translation>
    </message>
</context>
<context>
    <name>StationSide</name>
    <message>
        <source>Search by name</source>
        <translation>Tìm theo tên</translation>
    </message>
    <message>
        <source>No code? Type a name in any script…</source>
        <translation>Không có mã? Nhập tên bằng chữ viết bất kỳ…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Tên bản ngữ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Cửa vào</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Người tìm thấy</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Check-in (Enter)</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Desk note…</source>
        <translation>Ghi chú cho bàn…</translation>
    </message>
    <message>
        <source>Leave a note the desk sees when this person checks in.</source>
        <translation>Để lại ghi chú mà bàn sẽ thấy khi người này check-in.</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>ra lúc %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>vào lúc %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Roster imported</source>
        <translation>Đã nhập danh sách thành viên</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; imported into &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Đã nhập &lt;b&gt;%1&lt;/b&gt; vào &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Members added&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Thành viên đã thêm&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Members updated&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Thành viên đã cập nhật&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Duplicates skipped&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Bản trùng đã bỏ qua&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows left out by you&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Dòng do bạn loại ra&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows corrected here&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Dòng đã sửa tại đây&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows left out for errors&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Dòng bị loại do lỗi&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No room</source>
        <translation>Không có phòng</translation>
    </message>
    <message>
        <source>No event chosen</source>
        <translation>Chưa chọn sự kiện</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>VerifyBox</name>
    <message>
        <source>Certificate number or QR text to verify</source>
        <translation>Số giấy chứng nhận hoặc nội dung QR cần xác minh</translation>
    </message>
    <message>
        <source>A certificate number (e.g. SSC-2026-ISCA-000123-K7QX), or the text of its QR code pasted here</source>
        <translation>Số giấy chứng nhận (vd. SSC-2026-ISCA-000123-K7QX), hoặc dán nội dung mã QR vào đây</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <source>Scan with webcam…</source>
        <translation>Quét bằng webcam…</translation>
    </message>
    <message>
        <source>Genuine, signature checked: %1 certificate for %2 (%3), %4, issued %5.</source>
        <translation>Giấy thật, đã kiểm tra chữ ký: giấy chứng nhận %1 cấp cho %2 (%3), %4, ngày cấp %5.</translation>
    </message>
    <message>
        <source>Genuine: %1 certificate for %2 (%3), %4, issued %5.</source>
        <translation>Giấy thật: giấy chứng nhận %1 cấp cho %2 (%3), %4, ngày cấp %5.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Đến %1</translation>
    </message>
    <message>
        <source>&amp;Page list</source>
        <translation>Danh sách &amp;trang</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Độ tương phản &amp;cao</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Face to face</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Kết hợp</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Giám khảo</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ban tổ chức</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Không nêu</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Bài phát biểu chính</translation>
    </message>
    <message>
        <source>Alumni talk</source>
        <translation>Chia sẻ của cựu học viên</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Tọa đàm</translation>
    </message>
    <message>
        <source>Job-hunting seminar</source>
        <translation>Hội thảo tìm việc</translation>
    </message>
    <message>
        <source>Poster session</source>
        <translation>Phiên poster</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Cuộc thi</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Giải lao</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Giao lưu kết nối</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>E-poster</source>
        <translation>E-poster</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>Bài luận</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>Contest awards</source>
        <translation>Giải thưởng cuộc thi</translation>
    </message>
    <message>
        <source>1st prize</source>
        <translation>Giải Nhất</translation>
    </message>
    <message>
        <source>2nd prize</source>
        <translation>Giải Nhì</translation>
    </message>
    <message>
        <source>3rd prize</source>
        <translation>Giải Ba</translation>
    </message>
    <message>
        <source>Honourable mention</source>
        <translation>Giải Khuyến khích</translation>
    </message>
    <message>
        <source>Mean of judges</source>
        <translation>Trung bình các giám khảo</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>Chuẩn hóa (điểm z)</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Trung bình cắt</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in — %1</source>
        <translation>Đăng ký tại chỗ — %1</translation>
    </message>
    <message>
        <source>Name in Latin letters, e.g. Priya Kulkarni</source>
        <translation>Tên bằng chữ Latinh, vd. Priya Kulkarni</translation>
    </message>
    <message>
        <source>Name in their own script, e.g. प्रिया कुलकर्णी</source>
        <translation>Tên bằng chữ viết bản ngữ, vd. प्रिया कुलकर्णी</translation>
    </message>
    <message>
        <source>Finds the person if they are in the roster already</source>
        <translation>Tìm người này nếu đã có trong danh sách thành viên</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation>Không thuộc chi hội</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Check them in now</source>
        <translation>Check-in ngay</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Own script:</source>
        <translation>Tên bản ngữ:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <source>Affiliation:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>Chi hội:</translation>
    </message>
    <message>
        <source>SSP visit year:</source>
        <translation>Năm tham gia SSP:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>The event is full. A walk-in is registered all the same, over the capacity.</source>
        <translation>Sự kiện đã đầy. Người đăng ký tại chỗ vẫn được đăng ký, vượt quá sức chứa.</translation>
    </message>
    <message>
        <source>Walk-ins are registered even after the sign-up deadline.</source>
        <translation>Đăng ký tại chỗ vẫn được chấp nhận sau hạn đăng ký.</translation>
    </message>
    <message>
        <source>Register walk-in</source>
        <translation>Đăng ký tại chỗ</translation>
    </message>
    <message>
        <source>Walk-in registered and checked in: %1.</source>
        <translation>Đã đăng ký tại chỗ và check-in: %1.</translation>
    </message>
    <message>
        <source>Walk-in registered: %1.</source>
        <translation>Đã đăng ký tại chỗ: %1.</translation>
    </message>
    <message>
        <source>They were in the roster already.</source>
        <translation>Người này đã có trong danh sách thành viên.</translation>
    </message>
    <message>
        <source>The event is now over capacity.</source>
        <translation>Sự kiện hiện đã vượt sức chứa.</translation>
    </message>
</context>
<context>
    <name>_ChapterPage</name>
    <message>
        <source>Your chapter</source>
        <translation>Chi hội của bạn</translation>
    </message>
    <message>
        <source>The SSC chapter whose reunions you run.</source>
        <translation>Chi hội SSC mà bạn tổ chức các buổi họp mặt.</translation>
    </message>
    <message>
        <source>&amp;Chapter:</source>
        <translation>&amp;Chi hội:</translation>
    </message>
    <message>
        <source>Pick one, or type your chapter&apos;s name</source>
        <translation>Chọn một chi hội, hoặc nhập tên chi hội của bạn</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi hội</translation>
    </message>
    <message>
        <source>New events start in this chapter and its time zone, and a roster is imported into it. You can leave it empty and choose later.</source>
        <translation>Sự kiện mới sẽ thuộc chi hội này và múi giờ của nó, và danh sách thành viên được nhập vào chi hội này. Bạn có thể để trống và chọn sau.</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <source>How would you like to start?</source>
        <translation>Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <source>Everything stays on this laptop; nothing needs the internet.</source>
        <translation>Mọi thứ nằm trên máy tính này; không cần internet.</translation>
    </message>
    <message>
        <source>&amp;Import my chapter&apos;s roster</source>
        <translation>&amp;Nhập danh sách thành viên của chi hội</translation>
    </message>
    <message>
        <source>An Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file of your members, as you keep it: the columns are recognised and you check them first.</source>
        <translation>Tệp Excel (.xlsx, .xls), LibreOffice (.ods) hoặc CSV về thành viên, đúng như bạn đang lưu: các cột được tự nhận dạng và bạn kiểm tra trước.</translation>
    </message>
    <message>
        <source>Look around the &amp;demo reunion first</source>
        <translation>Xem thử buổi họp mặt &amp;mẫu trước</translation>
    </message>
    <message>
        <source>A made-up reunion with 300 members, a programme, check-ins and a poster contest, in a database of its own. Your own database stays empty.</source>
        <translation>Một buổi họp mặt giả định với 300 thành viên, chương trình, lượt check-in và một cuộc thi poster, trong cơ sở dữ liệu riêng. Cơ sở dữ liệu của bạn vẫn trống.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Bắt đầu với cơ sở dữ liệu &amp;trống</translation>
    </message>
    <message>
        <source>Create your first event on the Events page and add members later.</source>
        <translation>Tạo sự kiện đầu tiên ở trang Sự kiện và thêm thành viên sau.</translation>
    </message>
</context>
</TS>
