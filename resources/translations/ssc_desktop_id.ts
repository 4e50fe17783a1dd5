<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Tentang %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run a Sakura Science Club chapter reunion from one laptop: members, events, check-in at the door, contests and the reports afterwards — offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kelola reuni chapter Sakura Science Club dari satu laptop: anggota, acara, check-in di pintu masuk, lomba, dan laporan sesudahnya — secara offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Every check-in, undo, check-out, score change, import, merge and wrong judge PIN, with the desk that did it and when. Written with the change itself, so it cannot disagree with the records.</source>
        <translation>Setiap check-in, pembatalan, check-out, perubahan nilai, impor, penggabungan, dan PIN juri yang salah, beserta meja yang melakukannya dan waktunya. Dicatat bersamaan dengan perubahannya, sehingga tidak mungkin berbeda dari datanya.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>Perubahan nilai</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>Impor daftar anggota</translation>
    </message>
    <message>
        <source>Online report</source>
        <translation>Laporan online</translation>
    </message>
    <message>
        <source>Member merge</source>
        <translation>Penggabungan anggota</translation>
    </message>
    <message>
        <source>Desk merge</source>
        <translation>Penggabungan meja</translation>
    </message>
    <message>
        <source>Wrong judge PIN</source>
        <translation>PIN juri salah</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Semua meja</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Cari di log audit</translation>
    </message>
    <message>
        <source>Search names, entries, files…</source>
        <translation>Cari nama, karya, file…</translation>
    </message>
    <message>
        <source>Chosen event only</source>
        <translation>Hanya acara terpilih</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Ekspor .xlsx…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Meja:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Meja</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>SSC Desktop (no desk)</source>
        <translation>SSC Desktop (tanpa meja)</translation>
    </message>
    <message>
        <source>Command line (ssc)</source>
        <translation>Baris perintah (ssc)</translation>
    </message>
    <message>
        <source>A judge&apos;s phone</source>
        <translation>Ponsel juri</translation>
    </message>
    <message>
        <source>Nothing recorded yet: check-ins, score changes, imports and merges appear here as they happen.</source>
        <translation>Belum ada yang tercatat: check-in, perubahan nilai, impor, dan penggabungan akan muncul di sini saat terjadi.</translation>
    </message>
    <message>
        <source>The newest %1 matching entries of %2 (Export has them all).</source>
        <translation>%1 entri terbaru yang cocok dari %2 (Ekspor memuat semuanya).</translation>
    </message>
    <message>
        <source>%1 of %2 entries match.</source>
        <translation>%1 dari %2 entri cocok.</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>Simpan log audit</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1 entries to %2.</source>
        <translation>%1 entri ditulis ke %2.</translation>
    </message>
    <message>
        <source>Audit log not written</source>
        <translation>Log audit tidak ditulis</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Dibatalkan; tidak ada file yang ditulis.</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Badges and tickets — %1</source>
        <translation>Tanda pengenal dan tiket — %1</translation>
    </message>
    <message>
        <source>Name badges (one A4 PDF)</source>
        <translation>Tanda pengenal nama (satu PDF A4)</translation>
    </message>
    <message>
        <source>Personal tickets (one PDF per person, into a folder)</source>
        <translation>Tiket pribadi (satu PDF per orang, ke dalam folder)</translation>
    </message>
    <message>
        <source>E-mail personal tickets</source>
        <translation>Kirim tiket pribadi lewat email</translation>
    </message>
    <message>
        <source>8 per sheet — 99.1 × 67.7 mm (Avery L7165)</source>
        <translation>8 per lembar — 99,1 × 67,7 mm (Avery L7165)</translation>
    </message>
    <message>
        <source>10 per sheet — 85 × 54 mm (card size, Avery C32011)</source>
        <translation>10 per lembar — 85 × 54 mm (ukuran kartu, Avery C32011)</translation>
    </message>
    <message>
        <source>One A6 badge per page</source>
        <translation>Satu tanda pengenal A6 per halaman</translation>
    </message>
    <message>
        <source>Cut marks in the margins</source>
        <translation>Tanda potong di margin</translation>
    </message>
    <message>
        <source>Everyone registered</source>
        <translation>Semua yang terdaftar</translation>
    </message>
    <message>
        <source>Only the role</source>
        <translation>Hanya peran</translation>
    </message>
    <message>
        <source>The %1 selected registrations</source>
        <translation>%1 pendaftaran yang dipilih</translation>
    </message>
    <message>
        <source>Selected registrations (select them in the list first)</source>
        <translation>Pendaftaran yang dipilih (pilih dulu di daftar)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Only people who have not had their current ticket yet</source>
        <translation>Hanya orang yang belum menerima tiket terbarunya</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Buat:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Lembar:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Untuk:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Simpan ke:</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>Buat PDF</translation>
    </message>
    <message>
        <source>Sent through %1 from %2.</source>
        <translation>Dikirim melalui %1 dari %2.</translation>
    </message>
    <message>
        <source>No e-mail server is set up yet: File → E-mail settings…</source>
        <translation>Server email belum diatur: File → Pengaturan email…</translation>
    </message>
    <message>
        <source>Write tickets</source>
        <translation>Tulis tiket</translation>
    </message>
    <message>
        <source>Send e-mails</source>
        <translation>Kirim email</translation>
    </message>
    <message>
        <source>Save the badges</source>
        <translation>Simpan tanda pengenal</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the tickets</source>
        <translation>Folder untuk tiket</translation>
    </message>
    <message>
        <source>Printing badges</source>
        <translation>Mencetak tanda pengenal</translation>
    </message>
    <message>
        <source>Writing tickets</source>
        <translation>Menulis tiket</translation>
    </message>
    <message>
        <source>E-mailing tickets</source>
        <translation>Mengirim tiket lewat email</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 halaman</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 halaman</translation>
    </message>
    <message>
        <source>Wrote %1 badges on %2 to %3</source>
        <translation>%1 tanda pengenal ditulis pada %2 ke %3</translation>
    </message>
    <message>
        <source>Wrote %1 tickets into the folder %2</source>
        <translation>%1 tiket ditulis ke folder %2</translation>
    </message>
    <message>
        <source>Sent %1 tickets.</source>
        <translation>%1 tiket terkirim.</translation>
    </message>
    <message>
        <source>%1 people had their ticket already.</source>
        <translation>%1 orang sudah menerima tiketnya.</translation>
    </message>
    <message>
        <source>… and %1 more not sent.</source>
        <translation>… dan %1 lainnya tidak terkirim.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Camera off</source>
        <translation>Kamera mati</translation>
    </message>
    <message>
        <source>No camera found. Use the scanner or search by name.</source>
        <translation>Kamera tidak ditemukan. Gunakan pemindai atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <source>The camera stopped: </source>
        <translation>Kamera berhenti: </translation>
    </message>
</context>
<context>
    <name>CertificateTemplateDialog</name>
    <message>
        <source>Certificate template</source>
        <translation>Templat sertifikat</translation>
    </message>
    <message>
        <source>Landscape (A4 across)</source>
        <translation>Lanskap (A4 mendatar)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Participation: joining online counts from this many minutes (0: only on site)</source>
        <translation>Partisipasi: kehadiran online dihitung mulai dari sekian menit (0: hanya di lokasi)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Isi teks:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Placeholder: %1</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Halaman:</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>Warna aksen:</translation>
    </message>
    <message>
        <source>Online counts from:</source>
        <translation>Online dihitung mulai:</translation>
    </message>
    <message>
        <source>Signatory %1: name</source>
        <translation>Penanda tangan %1: nama</translation>
    </message>
    <message>
        <source>title, e.g. Chapter president</source>
        <translation>jabatan, mis. Ketua chapter</translation>
    </message>
    <message>
        <source>Signatory %1: title</source>
        <translation>Penanda tangan %1: jabatan</translation>
    </message>
    <message>
        <source>Signature image…</source>
        <translation>Gambar tanda tangan…</translation>
    </message>
    <message>
        <source>Chapter logo…</source>
        <translation>Logo chapter…</translation>
    </message>
    <message>
        <source>Remove pictures</source>
        <translation>Hapus gambar</translation>
    </message>
    <message>
        <source>Signatories (up to two):</source>
        <translation>Penanda tangan (maksimal dua):</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Menggambar pratinjau…</translation>
    </message>
    <message>
        <source>Preview with a sample name; the real certificates use each person&apos;s.</source>
        <translation>Pratinjau dengan nama contoh; sertifikat sebenarnya memakai nama masing-masing orang.</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Warna aksen</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose an event to see a preview.</source>
        <translation>Pilih acara untuk melihat pratinjau.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Kontributor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Add contributor…</source>
        <translation>Tambah kontributor…</translation>
    </message>
    <message>
        <source>Edit reason…</source>
        <translation>Edit alasan…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Sertifikat yang diterbitkan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>Terbitkan sertifikat</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Edit templat…</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Templat baru…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Templat:</translation>
    </message>
    <message>
        <source>All in one PDF (for printing)</source>
        <translation>Semua dalam satu PDF (untuk dicetak)</translation>
    </message>
    <message>
        <source>One PDF per person, named after them (for e-mail)</source>
        <translation>Satu PDF per orang, diberi nama sesuai orangnya (untuk email)</translation>
    </message>
    <message>
        <source>Left out, and why:</source>
        <translation>Tidak disertakan, dan alasannya:</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Tidak termasuk</translation>
    </message>
    <message>
        <source>Write certificates…</source>
        <translation>Tulis sertifikat…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to thank, certify and award its people.</source>
        <translation>Pilih acara di bilah atas untuk berterima kasih, memberi sertifikat, dan memberi penghargaan kepada orang-orangnya.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 people get a certificate; %2 left out.</source>
        <translation>%1 orang mendapat sertifikat; %2 tidak disertakan.</translation>
    </message>
    <message>
        <source>%1 added as a contributor.</source>
        <translation>%1 ditambahkan sebagai kontributor.</translation>
    </message>
    <message>
        <source>Reason for %1 saved.</source>
        <translation>Alasan untuk %1 disimpan.</translation>
    </message>
    <message>
        <source>Remove contributor</source>
        <translation>Hapus kontributor</translation>
    </message>
    <message>
        <source>Remove %1 from the contributors?</source>
        <translation>Hapus %1 dari daftar kontributor?</translation>
    </message>
    <message>
        <source>%1 is no longer a contributor.</source>
        <translation>%1 tidak lagi menjadi kontributor.</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder untuk sertifikat</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Simpan sertifikat</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 certificates to %2.</source>
        <translation>%1 sertifikat ditulis ke %2.</translation>
    </message>
    <message>
        <source>Wrote %1 certificates into %2.</source>
        <translation>%1 sertifikat ditulis ke dalam %2.</translation>
    </message>
    <message>
        <source>Drawing %1 certificates…</source>
        <translation>Menggambar %1 sertifikat…</translation>
    </message>
    <message>
        <source>Cancelled; no certificate file was left behind.</source>
        <translation>Dibatalkan; tidak ada file sertifikat yang tertinggal.</translation>
    </message>
</context>
<context>
    <name>CheckInCounters</name>
    <message>
        <source>checked in / registered</source>
        <translation>sudah check-in / terdaftar</translation>
    </message>
    <message>
        <source>checked in / registered · %1 inside now</source>
        <translation>sudah check-in / terdaftar · %1 di dalam sekarang</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 lainnya</translation>
    </message>
    <message>
        <source>By chapter: </source>
        <translation>Per chapter: </translation>
    </message>
    <message>
        <source>checked in to %1 / registered</source>
        <translation>sudah check-in ke %1 / terdaftar</translation>
    </message>
    <message>
        <source>By role: </source>
        <translation>Per peran: </translation>
    </message>
</context>
<context>
    <name>CheckInListsDialog</name>
    <message>
        <source>Check-in lists — %1</source>
        <translation>Daftar check-in — %1</translation>
    </message>
    <message>
        <source>Besides the door, check people into parts of the day. A ticket counts once on each list; the door&apos;s figures never change.</source>
        <translation>Selain di pintu masuk, catat check-in orang untuk bagian-bagian acara. Satu tiket dihitung sekali di setiap daftar; angka di pintu masuk tidak berubah.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Part of the programme</source>
        <translation>Bagian dari program</translation>
    </message>
    <message>
        <source>Whole event</source>
        <translation>Seluruh acara</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Sudah check-in</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Check-in lists</source>
        <translation>Daftar check-in</translation>
    </message>
    <message>
        <source>e.g. Banquet</source>
        <translation>mis. Jamuan makan malam</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Part of the programme:</source>
        <translation>Bagian dari program:</translation>
    </message>
    <message>
        <source>Add as new list</source>
        <translation>Tambah sebagai daftar baru</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Delete list…</source>
        <translation>Hapus daftar…</translation>
    </message>
    <message>
        <source>List “%1” added.</source>
        <translation>Daftar “%1” ditambahkan.</translation>
    </message>
    <message>
        <source>List “%1” saved.</source>
        <translation>Daftar “%1” disimpan.</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Hapus daftar</translation>
    </message>
    <message>
        <source>“%1” has %2 check-ins. Delete the list and its check-ins? Arrivals at the door are kept.</source>
        <translation>“%1” memiliki %2 check-in. Hapus daftar beserta check-in-nya? Kedatangan di pintu masuk tetap disimpan.</translation>
    </message>
    <message>
        <source>List “%1” deleted.</source>
        <translation>Daftar “%1” dihapus.</translation>
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
        <translation>Pos:</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Nama meja</translation>
    </message>
    <message>
        <source>Open check-in station</source>
        <translation>Buka pos check-in</translation>
    </message>
    <message>
        <source>A full-screen desk for scanners, the webcam and the queue (Esc leaves it)</source>
        <translation>Meja layar penuh untuk pemindai, webcam, dan antrean (Esc untuk keluar)</translation>
    </message>
    <message>
        <source>Check-in lists…</source>
        <translation>Daftar check-in…</translation>
    </message>
    <message>
        <source>Parts of the day people check into besides the door</source>
        <translation>Bagian acara yang perlu check-in selain di pintu masuk</translation>
    </message>
    <message>
        <source>Prepare desk…</source>
        <translation>Siapkan meja…</translation>
    </message>
    <message>
        <source>This event in a file, for a laptop with no server</source>
        <translation>Acara ini dalam satu file, untuk laptop tanpa server</translation>
    </message>
    <message>
        <source>Merge desks…</source>
        <translation>Gabungkan meja…</translation>
    </message>
    <message>
        <source>Bring the check-ins of desk files back</source>
        <translation>Kembalikan check-in dari file meja</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>sudah check-in</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>Cari orang untuk check-in</translation>
    </message>
    <message>
        <source>Type a name in any script, e-mail or affiliation, then Enter to check in…</source>
        <translation>Ketik nama dalam aksara apa pun, email, atau afiliasi, lalu Enter untuk check-in…</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>Orang terdaftar</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Urungkan check-in</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliasi</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Tiba</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to open its check-in desk.</source>
        <translation>Pilih acara di bilah atas untuk membuka meja check-in-nya.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>No event is chosen. Create one on the Events page, then pick it in the bar above.</source>
        <translation>Belum ada acara yang dipilih. Buat acara di halaman Acara, lalu pilih di bilah atas.</translation>
    </message>
    <message>
        <source>No one is registered for this event yet.</source>
        <translation>Belum ada yang terdaftar untuk acara ini.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Sudah check-in: %1</translation>
    </message>
    <message>
        <source>Check-in undone: %1</source>
        <translation>Check-in diurungkan: %1</translation>
    </message>
</context>
<context>
    <name>CheckInStation</name>
    <message>
        <source>Check-in station — %1</source>
        <translation>Pos check-in — %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Scan a ticket, hold it up to the camera, or search by name.</source>
        <translation>Pindai tiket, arahkan ke kamera, atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <source>List not created</source>
        <translation>Daftar tidak dibuat</translation>
    </message>
    <message>
        <source>Could not read the event again: %1</source>
        <translation>Tidak dapat membaca ulang acara: %1</translation>
    </message>
    <message>
        <source>NOT checked in</source>
        <translation>BELUM check-in</translation>
    </message>
    <message>
        <source>An unexpected problem stopped this check-in. Scan again; if it happens again, check the person in by name.</source>
        <translation>Masalah tak terduga menghentikan check-in ini. Pindai lagi; jika terulang, lakukan check-in berdasarkan nama.</translation>
    </message>
    <message>
        <source>Check in again (Enter)</source>
        <translation>Check-in lagi (Enter)</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Check-in (Enter)</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Sudah check-in</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Belum check-in</translation>
    </message>
    <message>
        <source>Welcome back!</source>
        <translation>Selamat datang kembali!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Selamat datang!</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Belum check-out</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Sudah check-out</translation>
    </message>
    <message>
        <source>Checking them in again later counts as re-entry.</source>
        <translation>Jika nanti check-in lagi, dihitung sebagai masuk kembali.</translation>
    </message>
    <message>
        <source>Nothing undone</source>
        <translation>Tidak ada yang diurungkan</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Check-in diurungkan</translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>Walk-in terdaftar</translation>
    </message>
    <message>
        <source>Checked in at %1 at %2</source>
        <translation>Sudah check-in pukul %1 di %2</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Sudah check-in pukul %1</translation>
    </message>
    <message>
        <source>This registration was cancelled.</source>
        <translation>Pendaftaran ini telah dibatalkan.</translation>
    </message>
    <message>
        <source>On the waiting list, not registered. Ask the coordinator.</source>
        <translation>Masih di daftar tunggu, belum terdaftar. Tanyakan ke koordinator.</translation>
    </message>
    <message>
        <source>This ticket was re-issued; the old code no longer works. Ask for the new ticket or search the name.</source>
        <translation>Tiket ini telah diterbitkan ulang; kode lama tidak berlaku lagi. Minta tiket yang baru atau cari namanya.</translation>
    </message>
    <message>
        <source>Forged or damaged code. Search the name instead.</source>
        <translation>Kode palsu atau rusak. Cari namanya saja.</translation>
    </message>
    <message>
        <source>Not an SSC ticket code.</source>
        <translation>Bukan kode tiket SSC.</translation>
    </message>
    <message>
        <source>Ticket for another event: %1</source>
        <translation>Tiket untuk acara lain: %1</translation>
    </message>
    <message>
        <source>(same chapter)</source>
        <translation>(chapter yang sama)</translation>
    </message>
    <message>
        <source>Not checked in.</source>
        <translation>Belum check-in.</translation>
    </message>
    <message>
        <source>Speaker: take them to the green room.</source>
        <translation>Pembicara: antarkan ke ruang tunggu pembicara.</translation>
    </message>
    <message>
        <source>Judge: hand over the scoring kit.</source>
        <translation>Juri: serahkan perlengkapan penilaian.</translation>
    </message>
    <message>
        <source>Staff: send them to the staff briefing.</source>
        <translation>Panitia: arahkan ke briefing panitia.</translation>
    </message>
    <message>
        <source>Walk-in: make sure they have a badge.</source>
        <translation>Walk-in: pastikan mereka sudah punya tanda pengenal.</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>pos ini</translation>
    </message>
    <message>
        <source>Checked in at %1 · %2</source>
        <translation>Check-in pukul %1 · %2</translation>
    </message>
    <message>
        <source>Code read: %1</source>
        <translation>Kode terbaca: %1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Problems and duplicates</source>
        <translation>Masalah dan duplikat</translation>
    </message>
    <message>
        <source>Correct a value in place (double-click it or press F2), or leave the row out; rows still in error are not imported. Choose what to do with people who are already there.</source>
        <translation>Perbaiki nilai langsung di tempatnya (klik dua kali atau tekan F2), atau kecualikan barisnya; baris yang masih bermasalah tidak diimpor. Pilih apa yang dilakukan terhadap orang yang sudah ada.</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Simpan laporan…</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Untuk setiap duplikat:</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Membaca setiap baris…</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplikat (%1)</translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation>Tidak ada duplikat</translation>
    </message>
    <message>
        <source>%1 rows read: %2 rows left out for errors, %3 warnings, %4 rows left out by you. Checking the corrected rows for duplicates…</source>
        <translation>%1 baris dibaca: %2 baris dikecualikan karena kesalahan, %3 peringatan, %4 baris Anda kecualikan. Memeriksa duplikat pada baris yang sudah diperbaiki…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new members, %3 duplicates, %4 rows left out for errors, %5 warnings, %6 rows left out by you.</source>
        <translation>%1 baris dibaca: %2 anggota baru, %3 duplikat, %4 baris dikecualikan karena kesalahan, %5 peringatan, %6 baris Anda kecualikan.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Masalah (%1)</translation>
    </message>
    <message>
        <source>No problems left</source>
        <translation>Tidak ada masalah tersisa</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Tidak ditemukan masalah</translation>
    </message>
    <message>
        <source> · %1 rows corrected</source>
        <translation> · %1 baris diperbaiki</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ContestAwardsTab</name>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <source>No award</source>
        <translation>Tanpa penghargaan</translation>
    </message>
    <message>
        <source>Set for selected</source>
        <translation>Terapkan ke yang dipilih</translation>
    </message>
    <message>
        <source>Suggest from ranks</source>
        <translation>Sarankan dari peringkat</translation>
    </message>
    <message>
        <source>Save awards</source>
        <translation>Simpan penghargaan</translation>
    </message>
    <message>
        <source>Locked: the awards are final.</source>
        <translation>Terkunci: penghargaan sudah final.</translation>
    </message>
    <message>
        <source>Awards can change until the contest is locked. Unsaved changes are marked *.</source>
        <translation>Penghargaan dapat diubah sampai lomba dikunci. Perubahan yang belum disimpan ditandai *.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Awards not saved</source>
        <translation>Penghargaan tidak disimpan</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <source>Edit contest</source>
        <translation>Edit lomba</translation>
    </message>
    <message>
        <source>New contest</source>
        <translation>Lomba baru</translation>
    </message>
    <message>
        <source>e.g. High-school poster contest</source>
        <translation>mis. Lomba poster SMA</translation>
    </message>
    <message>
        <source>High school, University, Early-career researcher</source>
        <translation>SMA, Universitas, Peneliti awal karier</translation>
    </message>
    <message>
        <source>Blind judging: judges see entry codes, never authors</source>
        <translation>Penjurian buta: juri hanya melihat kode karya, tidak pernah nama penulisnya</translation>
    </message>
    <message>
        <source>Judging opens and closes at set times (event&apos;s time zone)</source>
        <translation>Penjurian dibuka dan ditutup pada waktu yang ditentukan (zona waktu acara)</translation>
    </message>
    <message>
        <source>Judging opens</source>
        <translation>Penjurian dibuka</translation>
    </message>
    <message>
        <source>Judging closes</source>
        <translation>Penjurian ditutup</translation>
    </message>
    <message>
        <source>The kind&apos;s template</source>
        <translation>Templat bawaan jenisnya</translation>
    </message>
    <message>
        <source>Copy from “%1”</source>
        <translation>Salin dari “%1”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Judges per entry</source>
        <translation>Juri per karya</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Penjurian</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
</context>
<context>
    <name>ContestEntriesTab</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>School / affiliation</source>
        <translation>Sekolah / afiliasi</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Karya</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>Tambah karya…</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Edit karya…</translation>
    </message>
    <message>
        <source>Import entries…</source>
        <translation>Impor karya…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Lampirkan file…</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>Tampilkan file</translation>
    </message>
    <message>
        <source>Open the folder with the selected entry&apos;s attached files</source>
        <translation>Buka folder berisi file lampiran karya yang dipilih</translation>
    </message>
    <message>
        <source>Import contest entries</source>
        <translation>Impor karya lomba</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>Spreadsheet (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Entries not imported</source>
        <translation>Karya tidak diimpor</translation>
    </message>
    <message>
        <source>Imported %1 entries.</source>
        <translation>%1 karya diimpor.</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>Lampirkan file ke %1</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF dan gambar (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>File tidak dilampirkan</translation>
    </message>
    <message>
        <source>The selected entry has no attached files.</source>
        <translation>Karya yang dipilih tidak memiliki file lampiran.</translation>
    </message>
</context>
<context>
    <name>ContestEntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Edit karya</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Tambah karya</translation>
    </message>
    <message>
        <source>e.g. P-21</source>
        <translation>mis. P-21</translation>
    </message>
    <message>
        <source>One author a line: name in own script | Latin name</source>
        <translation>Satu penulis per baris: nama dalam aksara asli | nama Latin</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>School or affiliation</source>
        <translation>Sekolah atau afiliasi</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstrak</translation>
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
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>Hasil ditulis ke %1</translation>
    </message>
    <message>
        <source>Folder for the judge sheets</source>
        <translation>Folder untuk lembar juri</translation>
    </message>
    <message>
        <source>Writing the judge sheets…</source>
        <translation>Menulis lembar juri…</translation>
    </message>
    <message>
        <source>%1 judge sheets written to %2</source>
        <translation>%1 lembar juri ditulis ke %2</translation>
    </message>
    <message>
        <source>Import judge sheets</source>
        <translation>Impor lembar juri</translation>
    </message>
    <message>
        <source>Judge sheets (*.xlsx)</source>
        <translation>Lembar juri (*.xlsx)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <source>Scores emptied in the sheets</source>
        <translation>Nilai yang dikosongkan di lembar</translation>
    </message>
    <message>
        <source>%1 score(s) that were given are empty in these sheets:

%2

Remove them (the judge took them back)? No keeps them as they are.</source>
        <translation>%1 nilai yang sudah diberikan kosong di lembar ini:

%2

Hapus nilai tersebut (juri menariknya kembali)? Pilih Tidak untuk membiarkannya apa adanya.</translation>
    </message>
    <message>
        <source>Reading the judge sheets…</source>
        <translation>Membaca lembar juri…</translation>
    </message>
    <message>
        <source>Judge sheets not imported</source>
        <translation>Lembar juri tidak diimpor</translation>
    </message>
    <message>
        <source>Judge sheets imported: %1 scores changed.</source>
        <translation>Lembar juri diimpor: %1 nilai berubah.</translation>
    </message>
    <message>
        <source>%1 emptied score(s) kept.</source>
        <translation>%1 nilai yang dikosongkan tetap disimpan.</translation>
    </message>
    <message>
        <source>%1 emptied score(s) removed.</source>
        <translation>%1 nilai yang dikosongkan dihapus.</translation>
    </message>
    <message>
        <source>Importing the judge sheets…</source>
        <translation>Mengimpor lembar juri…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Lomba</translation>
    </message>
</context>
<context>
    <name>ContestJudgeDialog</name>
    <message>
        <source>Add a judge</source>
        <translation>Tambah juri</translation>
    </message>
    <message>
        <source>Entries from this school or affiliation are never theirs</source>
        <translation>Karya dari sekolah atau afiliasi ini tidak akan pernah diberikan kepadanya</translation>
    </message>
    <message>
        <source>6 digits or more suggested (4 to 12); only a hash is kept</source>
        <translation>Disarankan 6 digit atau lebih (4 sampai 12); hanya hash-nya yang disimpan</translation>
    </message>
    <message>
        <source>Suggest a PIN</source>
        <translation>Sarankan PIN</translation>
    </message>
    <message>
        <source>Six random digits, shown so you can tell the judge</source>
        <translation>Enam digit acak, ditampilkan agar Anda bisa memberi tahu juri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>School or affiliation</source>
        <translation>Sekolah atau afiliasi</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>A 4- or 5-digit PIN is allowed but quick to guess: 6 digits or more are suggested.</source>
        <translation>PIN 4 atau 5 digit diperbolehkan tetapi mudah ditebak: disarankan 6 digit atau lebih.</translation>
    </message>
    <message>
        <source>After 5 wrong PINs in a row the judge waits a minute, longer after each further wrong one.</source>
        <translation>Setelah 5 kali salah PIN berturut-turut, juri harus menunggu satu menit, dan lebih lama lagi setiap kali salah berikutnya.</translation>
    </message>
</context>
<context>
    <name>ContestJudgesTab</name>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>School / affiliation</source>
        <translation>Sekolah / afiliasi</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Karya</translation>
    </message>
    <message>
        <source>● assigned · ✓ scored · ✕ declared conflict · – own school. Double-click a cell to assign or unassign.</source>
        <translation>● ditugaskan · ✓ sudah dinilai · ✕ konflik dinyatakan · – sekolah sendiri. Klik dua kali sel untuk menugaskan atau membatalkan tugas.</translation>
    </message>
    <message>
        <source>Add judge…</source>
        <translation>Tambah juri…</translation>
    </message>
    <message>
        <source>Remove judge</source>
        <translation>Hapus juri</translation>
    </message>
    <message>
        <source>Judges per entry (k)</source>
        <translation>Juri per karya (k)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Tugaskan otomatis</translation>
    </message>
    <message>
        <source>Each entry gets at least k judges, load balanced, never from its own school or a declared conflict</source>
        <translation>Setiap karya mendapat minimal k juri dengan beban merata, tidak pernah dari sekolah yang sama atau dari juri yang menyatakan konflik</translation>
    </message>
    <message>
        <source>● assigned   ✓ scored   ✕ conflict   – own school</source>
        <translation>● ditugaskan   ✓ sudah dinilai   ✕ konflik   – sekolah sendiri</translation>
    </message>
    <message>
        <source>Judges per entry</source>
        <translation>Juri per karya</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Judge-by-entry matrix</source>
        <translation>Matriks juri × karya</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Karya</translation>
    </message>
    <message>
        <source>Cannot assign</source>
        <translation>Tidak dapat menugaskan</translation>
    </message>
    <message>
        <source>Some entries are short of judges</source>
        <translation>Beberapa karya kekurangan juri</translation>
    </message>
    <message>
        <source>%1: %2 judge(s) short (own school or conflicts)</source>
        <translation>%1: kurang %2 juri (sekolah sendiri atau konflik)</translation>
    </message>
    <message>
        <source>%1 new assignments (%2 in all).</source>
        <translation>%1 penugasan baru (total %2).</translation>
    </message>
    <message>
        <source>Cannot change the assignment</source>
        <translation>Tidak dapat mengubah penugasan</translation>
    </message>
    <message>
        <source>Record a conflict: %1 may not judge %2…</source>
        <translation>Catat konflik: %1 tidak boleh menilai %2…</translation>
    </message>
    <message>
        <source>Record a conflict</source>
        <translation>Catat konflik</translation>
    </message>
    <message>
        <source>Why? (same lab, same supervisor, a relative…)</source>
        <translation>Alasannya? (lab yang sama, pembimbing yang sama, kerabat…)</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>Konflik tidak dicatat</translation>
    </message>
    <message>
        <source>The entry moved to %1.</source>
        <translation>Karya dipindahkan ke %1.</translation>
    </message>
    <message>
        <source>No other judge is free for the entry; assign one by hand.</source>
        <translation>Tidak ada juri lain yang tersedia untuk karya ini; tugaskan secara manual.</translation>
    </message>
    <message>
        <source>Remove %1 and their %2 assignments and scores from “%3”?</source>
        <translation>Hapus %1 beserta %2 penugasan dan nilainya dari “%3”?</translation>
    </message>
    <message>
        <source>Cannot remove the judge</source>
        <translation>Tidak dapat menghapus juri</translation>
    </message>
</context>
<context>
    <name>ContestProgressTab</name>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Still owes</source>
        <translation>Masih kurang</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Karya</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Lama</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Who still owes which scores</source>
        <translation>Siapa yang masih belum memberi nilai apa</translation>
    </message>
    <message>
        <source>Audit trail: every score change</source>
        <translation>Jejak audit: setiap perubahan nilai</translation>
    </message>
    <message>
        <source>%1 of %2 score sheets in; %3 still owed.</source>
        <translation>%1 dari %2 lembar nilai masuk; %3 masih kurang.</translation>
    </message>
</context>
<context>
    <name>ContestResultsTab</name>
    <message>
        <source>Mean of judges</source>
        <translation>Rata-rata juri</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>Dinormalisasi (skor z)</translation>
    </message>
    <message>
        <source>Trimmed mean (4+ judges)</source>
        <translation>Rata-rata terpangkas (4+ juri)</translation>
    </message>
    <message>
        <source>A judge&apos;s total is the weighted rubric score as a percentage. Normalized: each judge&apos;s totals as z-scores, shown as 100 + 20·z, so a harsh and a lenient judge weigh the same. Trimmed: highest and lowest dropped when an entry has 4 or more judges.</source>
        <translation>Total seorang juri adalah nilai rubrik berbobot dalam persen. Dinormalisasi: total setiap juri diubah menjadi skor z, ditampilkan sebagai 100 + 20·z, sehingga juri yang ketat dan yang longgar berbobot sama. Terpangkas: nilai tertinggi dan terendah dibuang bila satu karya dinilai oleh 4 juri atau lebih.</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Peringkat menurut</translation>
    </message>
    <message>
        <source>Raw totals per judge</source>
        <translation>Total mentah per juri</translation>
    </message>
    <message>
        <source>Normalized per judge (100 ± 20)</source>
        <translation>Dinormalisasi per juri (100 ± 20)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Trimmed</source>
        <translation>Terpangkas</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>Dinormalisasi</translation>
    </message>
    <message>
        <source>Still tied after every tie-break (shown as =): %1</source>
        <translation>Masih seri setelah semua penentuan seri (ditandai =): %1</translation>
    </message>
    <message>
        <source>No ties remain.</source>
        <translation>Tidak ada lagi yang seri.</translation>
    </message>
</context>
<context>
    <name>ContestSetupTab</name>
    <message>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Level guide</source>
        <translation>Panduan tingkat</translation>
    </message>
    <message>
        <source>Edit rubric…</source>
        <translation>Edit rubrik…</translation>
    </message>
    <message>
        <source>Copy rubric</source>
        <translation>Salin rubrik</translation>
    </message>
    <message>
        <source>Mean of judges</source>
        <translation>Rata-rata juri</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>Dinormalisasi (skor z)</translation>
    </message>
    <message>
        <source>Trimmed mean (4+ judges)</source>
        <translation>Rata-rata terpangkas (4+ juri)</translation>
    </message>
    <message>
        <source>Use for ranking</source>
        <translation>Gunakan untuk peringkat</translation>
    </message>
    <message>
        <source>or copy the rubric of</source>
        <translation>atau salin rubrik dari</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Peringkat menurut</translation>
    </message>
    <message>
        <source>then by</source>
        <translation>lalu menurut</translation>
    </message>
    <message>
        <source>then by the number of judges</source>
        <translation>lalu menurut jumlah juri</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kind:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Jenis:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Categories:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kategori:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judges per entry:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Juri per karya:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind:&lt;/b&gt; yes — judges see codes, never authors</source>
        <translation>&lt;b&gt;Buta:&lt;/b&gt; ya — juri hanya melihat kode, tidak pernah nama penulis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind:&lt;/b&gt; no</source>
        <translation>&lt;b&gt;Buta:&lt;/b&gt; tidak</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theme:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tema:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judging:&lt;/b&gt; %1 – %2</source>
        <translation>&lt;b&gt;Penjurian:&lt;/b&gt; %1 – %2</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b42318&apos;&gt;Locked:&lt;/b&gt; scores, results and awards are frozen</source>
        <translation>&lt;b style=&apos;color:#b42318&apos;&gt;Terkunci:&lt;/b&gt; nilai, hasil, dan penghargaan dibekukan</translation>
    </message>
    <message>
        <source>(no criterion)</source>
        <translation>(tanpa kriteria)</translation>
    </message>
    <message>
        <source>Cannot copy the rubric</source>
        <translation>Tidak dapat menyalin rubrik</translation>
    </message>
    <message>
        <source>Cannot change the ranking</source>
        <translation>Tidak dapat mengubah peringkat</translation>
    </message>
</context>
<context>
    <name>ContestsPage</name>
    <message>
        <source>Contests</source>
        <translation>Lomba</translation>
    </message>
    <message>
        <source>Poster, e-poster and essay contests of the chosen event: rubric, judges, scores, awards.</source>
        <translation>Lomba poster, e-poster, dan esai pada acara yang dipilih: rubrik, juri, nilai, penghargaan.</translation>
    </message>
    <message>
        <source>New contest…</source>
        <translation>Lomba baru…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Judge mode…</source>
        <translation>Mode juri…</translation>
    </message>
    <message>
        <source>A judge unlocks with their PIN and scores their own entries</source>
        <translation>Juri membuka kunci dengan PIN-nya dan menilai karya yang ditugaskan kepadanya</translation>
    </message>
    <message>
        <source>Let judges score on their phones…</source>
        <translation>Izinkan juri menilai lewat ponsel…</translation>
    </message>
    <message>
        <source>A small web server on this laptop; each judge scans a QR code</source>
        <translation>Server web kecil di laptop ini; setiap juri memindai kode QR</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Results PDF (announcement)…</source>
        <translation>PDF hasil (pengumuman)…</translation>
    </message>
    <message>
        <source>Results Excel…</source>
        <translation>Excel hasil…</translation>
    </message>
    <message>
        <source>Judge sheets (one .xlsx per judge)…</source>
        <translation>Lembar juri (satu .xlsx per juri)…</translation>
    </message>
    <message>
        <source>Import judge sheets…</source>
        <translation>Impor lembar juri…</translation>
    </message>
    <message>
        <source>Lock results</source>
        <translation>Kunci hasil</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Lomba</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Karya</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>No contests for this event yet. Start one with “New contest…”.</source>
        <translation>Belum ada lomba untuk acara ini. Mulai dengan “Lomba baru…”.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Judges &amp;&amp; assignment</source>
        <translation>Juri &amp;&amp; penugasan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <source>Lock the results</source>
        <translation>Kunci hasil</translation>
    </message>
    <message>
        <source>Lock “%1”? Scores, results and awards are frozen; judges can no longer change anything.</source>
        <translation>Kunci “%1”? Nilai, hasil, dan penghargaan dibekukan; juri tidak dapat mengubah apa pun lagi.</translation>
    </message>
    <message>
        <source>Cannot lock</source>
        <translation>Tidak dapat mengunci</translation>
    </message>
    <message>
        <source>Judges&apos; phones: serving…</source>
        <translation>Ponsel juri: sedang melayani…</translation>
    </message>
</context>
<context>
    <name>ContributorDialog</name>
    <message>
        <source>Edit contribution</source>
        <translation>Edit kontribusi</translation>
    </message>
    <message>
        <source>Add a contributor</source>
        <translation>Tambah kontributor</translation>
    </message>
    <message>
        <source>Find a registered person, any script…</source>
        <translation>Cari orang yang terdaftar, aksara apa pun…</translation>
    </message>
    <message>
        <source>Find a registered person</source>
        <translation>Cari orang terdaftar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliasi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>Orang terdaftar</translation>
    </message>
    <message>
        <source>e.g. for organizing the 3rd India reunion</source>
        <translation>mis. atas penyelenggaraan reuni India ke-3</translation>
    </message>
    <message>
        <source>Reason, as printed on the certificate</source>
        <translation>Alasan, seperti tercetak di sertifikat</translation>
    </message>
    <message>
        <source>Reason, as printed on the certificate:</source>
        <translation>Alasan, seperti yang tercetak di sertifikat:</translation>
    </message>
    <message>
        <source>Choose the person in the list first.</source>
        <translation>Pilih dulu orangnya di daftar.</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <source>Duplicate event</source>
        <translation>Duplikasi acara</translation>
    </message>
    <message>
        <source>A new event like “%1”, on a new date.</source>
        <translation>Acara baru seperti “%1”, pada tanggal baru.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <source>Starts (%1):</source>
        <translation>Mulai (%1):</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Selesai:</translation>
    </message>
    <message>
        <source>Sign-ups close:</source>
        <translation>Pendaftaran ditutup:</translation>
    </message>
    <message>
        <source>Chapter, format, venue, online link, time zone and capacity are kept. The programme is copied and moved by the same amount. Registrations are not copied.</source>
        <translation>Chapter, format, tempat, tautan online, zona waktu, dan kapasitas tetap sama. Program disalin dan digeser dengan selisih waktu yang sama. Pendaftaran tidak disalin.</translation>
    </message>
    <message>
        <source>Create the copy</source>
        <translation>Buat salinan</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Tanpa batas waktu</translation>
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
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>SSC Desktop hit an unexpected problem: %1

Everything already confirmed is saved in the database. Details were written to %2.</source>
        <translation>SSC Desktop mengalami masalah tak terduga: %1

Semua yang sudah dikonfirmasi tersimpan di database. Rinciannya ditulis ke %2.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>Ekspor laporan PDF…</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>came</source>
        <translation>hadir</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>tingkat kehadiran</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>contest winners</source>
        <translation>pemenang lomba</translation>
    </message>
    <message>
        <source>Arrivals per hour (local time)</source>
        <translation>Kedatangan per jam (waktu setempat)</translation>
    </message>
    <message>
        <source>By country: registered and came</source>
        <translation>Per negara: terdaftar dan hadir</translation>
    </message>
    <message>
        <source>By role: registered and came</source>
        <translation>Per peran: terdaftar dan hadir</translation>
    </message>
    <message>
        <source>Notes for the report</source>
        <translation>Catatan untuk laporan</translation>
    </message>
    <message>
        <source>A few lines for the secretariat: what went well, what to change…</source>
        <translation>Beberapa baris untuk sekretariat: apa yang berjalan baik, apa yang perlu diubah…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Buka laporan</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to see it at a glance.</source>
        <translation>Pilih acara di bilah atas untuk melihat ringkasannya.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Saved with the event.</source>
        <translation>Disimpan bersama acara.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Belum disimpan.</translation>
    </message>
    <message>
        <source>Save the reunion report</source>
        <translation>Simpan laporan reuni</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reunion report - %1</source>
        <translation>Laporan reuni - %1</translation>
    </message>
    <message>
        <source>Wrote the reunion report to %1.</source>
        <translation>Laporan reuni ditulis ke %1.</translation>
    </message>
    <message>
        <source>Reunion report</source>
        <translation>Laporan reuni</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Dibatalkan; tidak ada file yang ditulis.</translation>
    </message>
</context>
<context>
    <name>DatabaseInUseDialog</name>
    <message>
        <source>Database already open</source>
        <translation>Database sudah terbuka</translation>
    </message>
    <message>
        <source>This database is open in SSC Desktop on %1 since %2 (process %3).</source>
        <translation>Database ini sedang terbuka di SSC Desktop pada %1 sejak %2 (proses %3).</translation>
    </message>
    <message>
        <source>%1

Two apps writing one file can check a person in twice. Close it there first, or open it read-only here: you can see everything, but change nothing.</source>
        <translation>%1

Dua aplikasi yang menulis ke satu file dapat mencatat check-in orang yang sama dua kali. Tutup dulu di sana, atau buka di sini dalam mode hanya-baca: Anda dapat melihat semuanya, tetapi tidak dapat mengubah apa pun.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Buka &amp;hanya-baca</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>Read-only: this database is open in SSC Desktop on %1 (since %2). You can look at everything here, but changes are refused. To work here, close it there, then open it again.</source>
        <translation>Hanya-baca: database ini sedang terbuka di SSC Desktop pada %1 (sejak %2). Anda dapat melihat semuanya di sini, tetapi perubahan ditolak. Untuk bekerja di sini, tutup dulu di sana, lalu buka lagi.</translation>
    </message>
    <message>
        <source>Automatic backup taken at %1.</source>
        <translation>Cadangan otomatis dibuat pada %1.</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Cadangan otomatis gagal: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>This is a shared database server: its backups are the server&apos;s own. Ask its administrator. Before each upgrade of its schema this laptop keeps a copy of it in %1. To see or export what one held, copy it to another folder and open that with File &gt; Open database…</source>
        <translation>Ini server basis data bersama: cadangannya dibuat oleh server itu sendiri. Tanyakan kepada administratornya. Sebelum setiap pembaruan skemanya, laptop ini menyimpan salinannya di %1. Untuk melihat atau mengekspor isinya, salin ke folder lain lalu buka dengan File &gt; Buka basis data…</translation>
    </message>
    <message>
        <source>This is a shared database server: its backups are the server&apos;s own. Ask its administrator.</source>
        <translation>Ini server database bersama: cadangannya dikelola oleh server itu sendiri. Tanyakan ke administratornya.</translation>
    </message>
    <message>
        <source>This database is open read-only, because another SSC Desktop has it open. Restore it there, or close it there and open it here again.</source>
        <translation>Database ini terbuka dalam mode hanya-baca karena SSC Desktop lain sedang membukanya. Pulihkan di sana, atau tutup di sana lalu buka lagi di sini.</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was is kept as a backup too.</source>
        <translation>Cadangan %1 telah dipulihkan. Database dalam kondisi sebelumnya juga disimpan sebagai cadangan.</translation>
    </message>
</context>
<context>
    <name>DeskFiles</name>
    <message>
        <source>Desk file</source>
        <translation>File meja</translation>
    </message>
    <message>
        <source>Passphrase of the desk file %1:</source>
        <translation>Frasa sandi file meja %1:</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Meja</translation>
    </message>
    <message>
        <source>&amp;Prepare desk…</source>
        <translation>&amp;Siapkan meja…</translation>
    </message>
    <message>
        <source>&amp;Merge desks…</source>
        <translation>&amp;Gabungkan meja…</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>Pilih acara terlebih dahulu.</translation>
    </message>
    <message>
        <source>The desk file could not be saved; it is tried again in a minute. Nothing is lost.</source>
        <translation>File meja tidak dapat disimpan; akan dicoba lagi dalam satu menit. Tidak ada yang hilang.</translation>
    </message>
</context>
<context>
    <name>DeskNameDialog</name>
    <message>
        <source>Name this desk</source>
        <translation>Beri nama meja ini</translation>
    </message>
    <message>
        <source>Which desk is this laptop? Each check-in made here is recorded with this name, and the amber &quot;already checked in&quot; verdict tells other desks where it was.</source>
        <translation>Laptop ini meja yang mana? Setiap check-in di sini dicatat dengan nama ini, dan pesan kuning &quot;sudah check-in&quot; memberi tahu meja lain di mana check-in itu dilakukan.</translation>
    </message>
    <message>
        <source>e.g. Door A</source>
        <translation>mis. Pintu A</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Nama meja</translation>
    </message>
    <message>
        <source>Remembered on this laptop; change it any time in the station&apos;s bar.</source>
        <translation>Diingat di laptop ini; ubah kapan saja di bilah pos.</translation>
    </message>
</context>
<context>
    <name>DeskNoteDialog</name>
    <message>
        <source>Desk note</source>
        <translation>Catatan meja</translation>
    </message>
    <message>
        <source>Shown to the desk when this person checks in. One point a line.</source>
        <translation>Ditampilkan ke meja saat orang ini check-in. Satu poin per baris.</translation>
    </message>
    <message>
        <source>e.g. Vegetarian meal
Hand over the speaker gift</source>
        <translation>mis. Makanan vegetarian
Serahkan cendera mata pembicara</translation>
    </message>
    <message>
        <source>Vegetarian meal</source>
        <translation>Makanan vegetarian</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Akses kursi roda</translation>
    </message>
    <message>
        <source>Collect certificate at the desk</source>
        <translation>Ambil sertifikat di meja</translation>
    </message>
    <message>
        <source>Clear note</source>
        <translation>Hapus catatan</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 dari %2 karakter</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The file {location} is not an SSC Desktop database: it holds another program&apos;s tables ({tables}). It was left exactly as it was. Choose your SSC Desktop database, or a new file name to start one.</source>
        <translation>File {location} bukan database SSC Desktop: isinya tabel milik program lain ({tables}). File tersebut dibiarkan persis seperti semula. Pilih database SSC Desktop Anda, atau nama file baru untuk memulai database baru.</translation>
    </message>
    <message>
        <source>The database {location} needs an upgrade for this version, and a backup copy is made first, but it could not be: {detail} The database was not changed. Free some space or make its folder writable, then open it again.</source>
        <translation>Database {location} perlu ditingkatkan untuk versi ini, dan salinan cadangan dibuat terlebih dahulu, tetapi gagal: {detail} Database tidak diubah. Kosongkan sebagian ruang penyimpanan atau jadikan foldernya dapat ditulisi, lalu buka lagi.</translation>
    </message>
    <message>
        <source>The database {location} (schema {found}) needs an upgrade for this version, which cannot be done read-only. Open it for writing once it is closed in the other app, or open it there.</source>
        <translation>Database {location} (skema {found}) perlu ditingkatkan untuk versi ini, dan hal itu tidak dapat dilakukan dalam mode hanya-baca. Buka untuk ditulisi setelah ditutup di aplikasi lain, atau buka di sana.</translation>
    </message>
    <message>
        <source>Automatic backups and restoring are for database files; {location} is a shared server. Ask its administrator for the server&apos;s own backups.</source>
        <translation>Cadangan otomatis dan pemulihan hanya untuk file database; {location} adalah server bersama. Mintalah cadangan server tersebut kepada administratornya.</translation>
    </message>
    <message>
        <source>There are no backups of {location} yet (they are kept in {folder}).</source>
        <translation>Belum ada cadangan untuk {location} (cadangan disimpan di {folder}).</translation>
    </message>
    <message>
        <source>This laptop has no copy of the shared server {location} yet: one is taken here, in {folder}, before this app upgrades the server&apos;s schema. For anything else, ask the server&apos;s administrator for its own backups.</source>
        <translation>Laptop ini belum memiliki salinan server bersama {location}: salinan dibuat di sini, di {folder}, sebelum aplikasi ini memperbarui skema server. Untuk hal lain, mintalah cadangan server kepada administratornya.</translation>
    </message>
    <message>
        <source>{name} is a copy of the shared server {location}, taken on this laptop before an upgrade. SSC Desktop does not write a copy back over a server other desks may be using. To see or export what it holds, put it in a database file of its own and open that: ssc --db SERVER backup restore {name} --to FILE. To restore the server, ask its administrator.</source>
        <translation>{name} adalah salinan server bersama {location}, dibuat di laptop ini sebelum pembaruan. SSC Desktop tidak menulis salinan kembali ke server yang mungkin sedang dipakai meja lain. Untuk melihat atau mengekspor isinya, jadikan berkas basis data tersendiri lalu buka: ssc --db SERVER backup restore {name} --to FILE. Untuk memulihkan server, hubungi administratornya.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the restored copy.</source>
        <translation>{path} sudah ada; pilih nama berkas baru untuk salinan yang dipulihkan.</translation>
    </message>
    <message>
        <source>There is no backup {name} of {location}. See the list with: ssc backup list</source>
        <translation>Tidak ada cadangan {name} untuk {location}. Lihat daftarnya dengan: ssc backup list</translation>
    </message>
    <message>
        <source>The backup {path} is damaged, so it was not restored; your database was not changed. Choose an older backup.</source>
        <translation>Cadangan {path} rusak, jadi tidak dipulihkan; database Anda tidak diubah. Pilih cadangan yang lebih lama.</translation>
    </message>
    <message>
        <source>The backup {path} could not be restored ({detail}); your database was not changed. Close any other program using the database, then try again.</source>
        <translation>Cadangan {path} tidak dapat dipulihkan ({detail}); database Anda tidak diubah. Tutup program lain yang memakai database ini, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This database was opened read-only, so it cannot be restored here. Close the other SSC Desktop that has it open, then open it again.</source>
        <translation>Database ini dibuka dalam mode hanya-baca, jadi tidak dapat dipulihkan di sini. Tutup SSC Desktop lain yang sedang membukanya, lalu buka lagi.</translation>
    </message>
    <message>
        <source>Another SSC Desktop on this laptop (process {pid}, since {since}) is already the desk {station} of this event on {location}. Two apps on one local copy could lose what it keeps while the server is away: give this desk another name, or close the other one first.</source>
        <translation>SSC Desktop lain di laptop ini (proses {pid}, sejak {since}) sudah menjadi meja {station} untuk acara ini di {location}. Dua aplikasi pada satu salinan lokal bisa kehilangan apa yang disimpannya selama server tidak ada: beri meja ini nama lain, atau tutup yang lain terlebih dahulu.</translation>
    </message>
    <message>
        <source>The database {location} is open in SSC Desktop on {host} (process {pid}) since {since}. Two apps writing one file can check a person in twice: close it there first, or open it read-only.</source>
        <translation>Database {location} sedang terbuka di SSC Desktop pada {host} (proses {pid}) sejak {since}. Dua aplikasi yang menulis ke satu file dapat mencatat check-in orang yang sama dua kali: tutup dulu di sana, atau buka dalam mode hanya-baca.</translation>
    </message>
    <message>
        <source>Layout {value!r} is not known; use one of: {layouts}.</source>
        <translation>Tata letak {value!r} tidak dikenal; gunakan salah satu dari: {layouts}.</translation>
    </message>
    <message>
        <source>Nobody to print for {event}: no registered person matches.</source>
        <translation>Tidak ada yang perlu dicetak untuk {event}: tidak ada orang terdaftar yang cocok.</translation>
    </message>
    <message>
        <source>Cannot write badges to {path!r}: use a file name ending in .pdf.</source>
        <translation>Tidak dapat menulis tanda pengenal ke {path!r}: gunakan nama file yang berakhiran .pdf.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; tickets are written into a folder.</source>
        <translation>{path} adalah file, bukan folder; tiket ditulis ke dalam folder.</translation>
    </message>
    <message>
        <source>Registration {registration} is cancelled and has no ticket.</source>
        <translation>Pendaftaran {registration} sudah dibatalkan dan tidak memiliki tiket.</translation>
    </message>
    <message>
        <source>No e-mail server is set up yet: enter it under File → E-mail settings (or `ssc smtp set`).</source>
        <translation>Server email belum diatur: isi di File → Pengaturan email (atau `ssc smtp set`).</translation>
    </message>
    <message>
        <source>The e-mail server needs a host name.</source>
        <translation>Server email memerlukan nama host.</translation>
    </message>
    <message>
        <source>Port {value!r} is not a port number (1–65535).</source>
        <translation>Port {value!r} bukan nomor port (1–65535).</translation>
    </message>
    <message>
        <source>Security {value!r} is not known; use one of: {choices}.</source>
        <translation>Keamanan {value!r} tidak dikenal; gunakan salah satu dari: {choices}.</translation>
    </message>
    <message>
        <source>{value!r} is not an e-mail address.</source>
        <translation>{value!r} bukan alamat email.</translation>
    </message>
    <message>
        <source>Could not reach the e-mail server {host}:{port}: {detail}</source>
        <translation>Tidak dapat menghubungi server email {host}:{port}: {detail}</translation>
    </message>
    <message>
        <source>The e-mail server {host}:{port} refused a secure connection: {detail}</source>
        <translation>Server email {host}:{port} menolak koneksi aman: {detail}</translation>
    </message>
    <message>
        <source>The e-mail server did not accept the user name {user!r} and its password.</source>
        <translation>Server email tidak menerima nama pengguna {user!r} beserta kata sandinya.</translation>
    </message>
    <message>
        <source>Sending to {to} failed: {detail}</source>
        <translation>Pengiriman ke {to} gagal: {detail}</translation>
    </message>
    <message>
        <source>{name} has no e-mail address.</source>
        <translation>{name} tidak memiliki alamat email.</translation>
    </message>
    <message>
        <source>The e-mail server refused {to}: {detail}</source>
        <translation>Server email menolak {to}: {detail}</translation>
    </message>
    <message>
        <source>A certificate template named {name!r} already exists.</source>
        <translation>Templat sertifikat bernama {name!r} sudah ada.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Templat memerlukan nama.</translation>
    </message>
    <message>
        <source>The template needs a title (for example “Certificate of Contribution”).</source>
        <translation>Templat memerlukan judul (misalnya “Sertifikat Kontribusi”).</translation>
    </message>
    <message>
        <source>The template {template!r} is not for {kind} certificates.</source>
        <translation>Templat {template!r} bukan untuk sertifikat {kind}.</translation>
    </message>
    <message>
        <source>{value!r} is not a colour; write it as #RRGGBB, for example #b4235a.</source>
        <translation>{value!r} bukan warna; tulis sebagai #RRGGBB, misalnya #b4235a.</translation>
    </message>
    <message>
        <source>The wording uses {names}, which is not known; use {known}.</source>
        <translation>Isi teks memakai {names}, yang tidak dikenal; gunakan {known}.</translation>
    </message>
    <message>
        <source>Minutes online cannot be negative ({value}).</source>
        <translation>Menit online tidak boleh negatif ({value}).</translation>
    </message>
    <message>
        <source>Nobody gets a {kind} certificate for {event} yet.</source>
        <translation>Belum ada yang mendapat sertifikat {kind} untuk {event}.</translation>
    </message>
    <message>
        <source>{number!r} is not a genuine certificate number: its last part does not match (mistyped, or made up). Check it letter by letter against the certificate.</source>
        <translation>{number!r} bukan nomor sertifikat asli: bagian terakhirnya tidak cocok (salah ketik, atau dikarang). Periksa huruf demi huruf dengan sertifikatnya.</translation>
    </message>
    <message>
        <source>This is not the text of a certificate&apos;s QR code (it should start with SSC-CERT/1 and have 7 lines).</source>
        <translation>Ini bukan teks kode QR sertifikat (seharusnya diawali SSC-CERT/1 dan terdiri dari 7 baris).</translation>
    </message>
    <message>
        <source>NOT genuine: the signature does not match. The text was changed, or the certificate was not issued with this public key.</source>
        <translation>TIDAK asli: tanda tangan digital tidak cocok. Teksnya telah diubah, atau sertifikat tidak diterbitkan dengan kunci publik ini.</translation>
    </message>
    <message>
        <source>{file} is not an SSC Desktop public key (a PEM file written by `ssc certificate public-key`).</source>
        <translation>{file} bukan kunci publik SSC Desktop (file PEM yang ditulis oleh `ssc certificate public-key`).</translation>
    </message>
    <message>
        <source>To check a certificate without the database, give the issuer&apos;s public key with --key FILE.</source>
        <translation>Untuk memeriksa sertifikat tanpa database, berikan kunci publik penerbit dengan --key FILE.</translation>
    </message>
    <message>
        <source>No certificate has the number {number!r}: it was not issued by this database.</source>
        <translation>Tidak ada sertifikat dengan nomor {number!r}: sertifikat itu tidak diterbitkan oleh database ini.</translation>
    </message>
    <message>
        <source>Say what the contribution was (for example “for organizing the reunion”).</source>
        <translation>Sebutkan bentuk kontribusinya (misalnya “atas penyelenggaraan reuni”).</translation>
    </message>
    <message>
        <source>Award certificates need the contests&apos; results, which are not available here.</source>
        <translation>Sertifikat penghargaan memerlukan hasil lomba, yang tidak tersedia di sini.</translation>
    </message>
    <message>
        <source>Cannot write certificates to {path!r}: use a file name ending in .pdf.</source>
        <translation>Tidak dapat menulis sertifikat ke {path!r}: gunakan nama file yang berakhiran .pdf.</translation>
    </message>
    <message>
        <source>Say where to write the certificates with -o PATH (or only look with --dry-run).</source>
        <translation>Tentukan tempat menulis sertifikat dengan -o PATH (atau hanya lihat dengan --dry-run).</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; one PDF per person is written into a folder.</source>
        <translation>{path} adalah file, bukan folder; satu PDF per orang ditulis ke dalam folder.</translation>
    </message>
    <message>
        <source>A check-in list needs a name.</source>
        <translation>Daftar check-in memerlukan nama.</translation>
    </message>
    <message>
        <source>The list name is {length} characters long; at most {limit} fit.</source>
        <translation>Nama daftar panjangnya {length} karakter; maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>This event already has a check-in list named “{name}”.</source>
        <translation>Acara ini sudah memiliki daftar check-in bernama “{name}”.</translation>
    </message>
    <message>
        <source>Programme item {item_id} (“{item}”) belongs to another event.</source>
        <translation>Item program {item_id} (“{item}”) milik acara lain.</translation>
    </message>
    <message>
        <source>“{name}” has {count} check-ins; delete it with them only on purpose (force).</source>
        <translation>“{name}” memiliki {count} check-in; hapus daftar beserta check-in-nya hanya jika memang disengaja (force).</translation>
    </message>
    <message>
        <source>The desk note is {length} characters long; at most {limit} fit.</source>
        <translation>Catatan meja panjangnya {length} karakter; maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Cannot read the codes from {path}: {detail}</source>
        <translation>Tidak dapat membaca kode dari {path}: {detail}</translation>
    </message>
    <message>
        <source>A desk file&apos;s passphrase needs at least {minimum} characters.</source>
        <translation>Frasa sandi file meja minimal {minimum} karakter.</translation>
    </message>
    <message>
        <source>Cannot open the desk file {path}: the passphrase is wrong, or the file is damaged. Type the passphrase given when the desk was prepared.</source>
        <translation>Tidak dapat membuka file meja {path}: frasa sandinya salah, atau file rusak. Ketik frasa sandi yang diberikan saat meja disiapkan.</translation>
    </message>
    <message>
        <source>{path} is not an SSC desk file (make one with Prepare desk… or `ssc desk prepare`).</source>
        <translation>{path} bukan file meja SSC (buat dengan Siapkan meja… atau `ssc desk prepare`).</translation>
    </message>
    <message>
        <source>Cannot read the desk file {path}: {detail}</source>
        <translation>Tidak dapat membaca file meja {path}: {detail}</translation>
    </message>
    <message>
        <source>This database is itself a desk: prepare desks from the coordinator&apos;s main database.</source>
        <translation>Database ini sendiri adalah meja: siapkan meja dari database utama koordinator.</translation>
    </message>
    <message>
        <source>The desk file is for event {event_id}, which this database does not have: merge it into the database it was prepared from.</source>
        <translation>File meja ini untuk acara {event_id}, yang tidak ada di database ini: gabungkan ke database tempat file itu disiapkan.</translation>
    </message>
    <message>
        <source>{path} is a desk file protected by a passphrase: set SSC_DESK_PASSPHRASE, or run this in a terminal to be asked for it.</source>
        <translation>{path} adalah file meja yang dilindungi frasa sandi: atur SSC_DESK_PASSPHRASE, atau jalankan di terminal agar diminta memasukkannya.</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was written. Try again.</source>
        <translation>Kedua frasa sandi berbeda: tidak ada yang ditulis. Coba lagi.</translation>
    </message>
    <message>
        <source>{path} is a desk file: it opens only with its passphrase.</source>
        <translation>{path} adalah file meja: hanya dapat dibuka dengan frasa sandinya.</translation>
    </message>
    <message>
        <source>{member} was checked in again after this desk&apos;s check-in (at “{station}”): nothing was undone here. If that later check-in is the mistake, undo it at that desk.</source>
        <translation>{member} sudah check-in lagi setelah check-in di meja ini (di “{station}”): tidak ada yang dibatalkan di sini. Jika check-in yang kemudian itu keliru, batalkan di meja tersebut.</translation>
    </message>
    <message>
        <source>{member} has been checked out since this desk&apos;s check-in: nothing was undone, the visit stays on record.</source>
        <translation>{member} sudah check-out sejak check-in di meja ini: tidak ada yang dibatalkan, kunjungannya tetap tercatat.</translation>
    </message>
    <message>
        <source>There is no contest {contest_id}.</source>
        <translation>Tidak ada lomba {contest_id}.</translation>
    </message>
    <message>
        <source>There is no contest entry {entry_id}.</source>
        <translation>Tidak ada karya lomba {entry_id}.</translation>
    </message>
    <message>
        <source>There is no judge {judge_id}.</source>
        <translation>Tidak ada juri {judge_id}.</translation>
    </message>
    <message>
        <source>The rubric has no criterion {criterion_id}.</source>
        <translation>Rubrik tidak memiliki kriteria {criterion_id}.</translation>
    </message>
    <message>
        <source>Contest kind {value!r} is not known; use one of: {kinds}.</source>
        <translation>Jenis lomba {value!r} tidak dikenal; gunakan salah satu dari: {kinds}.</translation>
    </message>
    <message>
        <source>Method {value!r} is not known; use one of: {methods}.</source>
        <translation>Metode {value!r} tidak dikenal; gunakan salah satu dari: {methods}.</translation>
    </message>
    <message>
        <source>A contest needs a title.</source>
        <translation>Lomba memerlukan judul.</translation>
    </message>
    <message>
        <source>Each entry needs at least one judge (got {value}).</source>
        <translation>Setiap karya memerlukan minimal satu juri (diberikan: {value}).</translation>
    </message>
    <message>
        <source>Judging closes before it opens.</source>
        <translation>Penjurian ditutup sebelum dibuka.</translation>
    </message>
    <message>
        <source>Categories must be named and each named once.</source>
        <translation>Kategori harus diberi nama dan setiap nama hanya sekali.</translation>
    </message>
    <message>
        <source>Category “{category}” still has entries; move them before removing it.</source>
        <translation>Kategori “{category}” masih memiliki karya; pindahkan karyanya sebelum menghapus kategori ini.</translation>
    </message>
    <message>
        <source>Criterion {position} needs a name.</source>
        <translation>Kriteria {position} memerlukan nama.</translation>
    </message>
    <message>
        <source>“{criterion}”: the weight must be a positive number (got {value}).</source>
        <translation>“{criterion}”: bobot harus berupa bilangan positif (diberikan: {value}).</translation>
    </message>
    <message>
        <source>“{criterion}”: the scale {low}–{high} in steps of {step} does not work; the top must be above the bottom and reached in whole steps.</source>
        <translation>“{criterion}”: skala {low}–{high} dengan langkah {step} tidak valid; nilai atas harus lebih besar dari nilai bawah dan tercapai dengan langkah bulat.</translation>
    </message>
    <message>
        <source>{spec!r} is not a criterion; write NAME:WEIGHT:MIN-MAX or NAME:WEIGHT:MIN-MAX:STEP, e.g. &quot;Originality:2:1-10&quot;.</source>
        <translation>{spec!r} bukan kriteria; tulis NAMA:BOBOT:MIN-MAKS atau NAMA:BOBOT:MIN-MAKS:LANGKAH, mis. &quot;Orisinalitas:2:1-10&quot;.</translation>
    </message>
    <message>
        <source>{spec!r} is not a level guide; write NAME:LEVELS=TEXT|LEVELS=TEXT, e.g. &quot;Originality:1-3=Repeats known work|8-10=A new question&quot;.</source>
        <translation>{spec!r} bukan panduan tingkat; tulis NAMA:TINGKAT=TEKS|TINGKAT=TEKS, mis. &quot;Orisinalitas:1-3=Mengulang karya yang sudah ada|8-10=Pertanyaan baru&quot;.</translation>
    </message>
    <message>
        <source>The rubric has no criterion {name!r}; it has: {names}.</source>
        <translation>Rubrik tidak memiliki kriteria {name!r}; yang ada: {names}.</translation>
    </message>
    <message>
        <source>A rubric needs at least one criterion.</source>
        <translation>Rubrik memerlukan minimal satu kriteria.</translation>
    </message>
    <message>
        <source>The rubric cannot change: judges have already given {scores} scores.</source>
        <translation>Rubrik tidak dapat diubah: juri sudah memberikan {scores} nilai.</translation>
    </message>
    <message>
        <source>“{title}” is locked: scores, results and awards are frozen.</source>
        <translation>“{title}” terkunci: nilai, hasil, dan penghargaan dibekukan.</translation>
    </message>
    <message>
        <source>An entry needs a code (for example P-01).</source>
        <translation>Karya memerlukan kode (misalnya P-01).</translation>
    </message>
    <message>
        <source>Entry code {code!r} is longer than 20 characters.</source>
        <translation>Kode karya {code!r} lebih dari 20 karakter.</translation>
    </message>
    <message>
        <source>Entry {code} needs a title.</source>
        <translation>Karya {code} memerlukan judul.</translation>
    </message>
    <message>
        <source>Entry code {code} is already used in this contest.</source>
        <translation>Kode karya {code} sudah dipakai di lomba ini.</translation>
    </message>
    <message>
        <source>Entry {code}: category {category!r} is not one of this contest&apos;s: {categories}.</source>
        <translation>Karya {code}: kategori {category!r} tidak termasuk kategori lomba ini: {categories}.</translation>
    </message>
    <message>
        <source>Attached files need a database file on this computer.</source>
        <translation>File lampiran memerlukan file database di komputer ini.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} tidak ada.</translation>
    </message>
    <message>
        <source>A judge needs a name.</source>
        <translation>Juri memerlukan nama.</translation>
    </message>
    <message>
        <source>{name} is already a judge of this contest.</source>
        <translation>{name} sudah menjadi juri lomba ini.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits (6 or more are suggested).</source>
        <translation>PIN terdiri dari 4 sampai 12 digit (disarankan 6 atau lebih).</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s PIN.</source>
        <translation>Itu bukan PIN {name}.</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s PIN. After {tries} wrong PINs in a row, wait {seconds} seconds before the next try (longer after each further wrong PIN).</source>
        <translation>Itu bukan PIN {name}. Setelah {tries} kali salah PIN berturut-turut, tunggu {seconds} detik sebelum mencoba lagi (lebih lama setiap kali salah PIN berikutnya).</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {name}: wait {seconds} seconds, then try again.</source>
        <translation>Terlalu banyak PIN salah untuk {name}: tunggu {seconds} detik, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Add judges before assigning entries.</source>
        <translation>Tambahkan juri sebelum menugaskan karya.</translation>
    </message>
    <message>
        <source>The judge and the entry belong to different contests.</source>
        <translation>Juri dan karya tersebut berasal dari lomba yang berbeda.</translation>
    </message>
    <message>
        <source>{judge} declared a conflict with {code}.</source>
        <translation>{judge} menyatakan konflik dengan {code}.</translation>
    </message>
    <message>
        <source>{judge} has already scored {code}; the assignment stays.</source>
        <translation>{judge} sudah menilai {code}; penugasannya tetap.</translation>
    </message>
    <message>
        <source>{judge} is not assigned to entry {code}.</source>
        <translation>{judge} tidak ditugaskan untuk karya {code}.</translation>
    </message>
    <message>
        <source>“{criterion}”: {value} is not on the scale {scale}.</source>
        <translation>“{criterion}”: {value} tidak ada pada skala {scale}.</translation>
    </message>
    <message>
        <source>Place {place} is not an award (1, 2, 3, or 4 for an honourable mention).</source>
        <translation>Posisi {place} bukan penghargaan (1, 2, 3, atau 4 untuk juara harapan).</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s); nothing was imported.
{problems}</source>
        <translation>{file}: {count} masalah; tidak ada yang diimpor.
{problems}</translation>
    </message>
    <message>
        <source>{file} has no entries below its header row.</source>
        <translation>{file} tidak memiliki karya di bawah baris header-nya.</translation>
    </message>
    <message>
        <source>{file}: no column for {columns} in the header row (found: {found}).</source>
        <translation>{file}: tidak ada kolom untuk {columns} di baris header (yang ditemukan: {found}).</translation>
    </message>
    <message>
        <source>{count} problem(s) in the judge sheets; nothing was imported.
{problems}</source>
        <translation>{count} masalah di lembar juri; tidak ada yang diimpor.
{problems}</translation>
    </message>
    <message>
        <source>No judge sheets (.xlsx) found in {folder}.</source>
        <translation>Tidak ditemukan lembar juri (.xlsx) di {folder}.</translation>
    </message>
    <message>
        <source>Cannot export to {path!r}: use a file name ending in .pdf or .xlsx.</source>
        <translation>Tidak dapat mengekspor ke {path!r}: gunakan nama file yang berakhiran .pdf atau .xlsx.</translation>
    </message>
    <message>
        <source>Judging of {title} opens at {opens}; scores cannot be entered yet.</source>
        <translation>Penjurian {title} dibuka pada {opens}; nilai belum dapat dimasukkan.</translation>
    </message>
    <message>
        <source>Judging of {title} closed at {closes}; ask the coordinator to reopen it.</source>
        <translation>Penjurian {title} ditutup pada {closes}; minta koordinator untuk membukanya kembali.</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Terjadi kesalahan: {detail}</translation>
    </message>
    <message>
        <source>No {kind} with {key} {value!r}.</source>
        <translation>Tidak ada {kind} dengan {key} {value!r}.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The database could not be used: {detail}</source>
        <translation>Database tidak dapat digunakan: {detail}</translation>
    </message>
    <message>
        <source>Cannot open the database {location}: {detail}</source>
        <translation>Tidak dapat membuka database {location}: {detail}</translation>
    </message>
    <message>
        <source>The database {location} was made by a newer version of SSC Desktop (schema {found}; this version knows up to {known}). Update SSC Desktop to open it.</source>
        <translation>Database {location} dibuat oleh versi SSC Desktop yang lebih baru (skema {found}; versi ini hanya mengenal sampai {known}). Perbarui SSC Desktop untuk membukanya.</translation>
    </message>
    <message>
        <source>Could not write the backup copy {destination}: {detail}</source>
        <translation>Tidak dapat menulis salinan cadangan {destination}: {detail}</translation>
    </message>
    <message>
        <source>A chapter needs a name.</source>
        <translation>Chapter memerlukan nama.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Acara memerlukan judul.</translation>
    </message>
    <message>
        <source>The event ends ({ends}) before it starts ({starts}).</source>
        <translation>Acara berakhir ({ends}) sebelum dimulai ({starts}).</translation>
    </message>
    <message>
        <source>Unknown time zone {timezone!r}; use a name such as Asia/Kolkata.</source>
        <translation>Zona waktu {timezone!r} tidak dikenal; gunakan nama seperti Asia/Jakarta.</translation>
    </message>
    <message>
        <source>Capacity must be a positive whole number, not {capacity!r}.</source>
        <translation>Kapasitas harus berupa bilangan bulat positif, bukan {capacity!r}.</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation>{field}: {value!r} bukan tanggal dan waktu (gunakan YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>Format must be face-to-face, online or hybrid, not {value!r}.</source>
        <translation>Format harus face-to-face, online, atau hybrid, bukan {value!r}.</translation>
    </message>
    <message>
        <source>A member needs a name in Latin letters.</source>
        <translation>Anggota memerlukan nama dalam huruf Latin.</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address.</source>
        <translation>{email!r} bukan alamat email.</translation>
    </message>
    <message>
        <source>Visit year {year!r} is outside 2014-{latest}.</source>
        <translation>Tahun kunjungan {year!r} di luar rentang 2014-{latest}.</translation>
    </message>
    <message>
        <source>{member} is already registered for this event.</source>
        <translation>{member} sudah terdaftar untuk acara ini.</translation>
    </message>
    <message>
        <source>The registration of {member} is cancelled.</source>
        <translation>Pendaftaran {member} sudah dibatalkan.</translation>
    </message>
    <message>
        <source>{member} is waitlisted and cannot be checked in yet.</source>
        <translation>{member} masih di daftar tunggu dan belum dapat check-in.</translation>
    </message>
    <message>
        <source>{member} was already checked in at {time}.</source>
        <translation>{member} sudah check-in pukul {time}.</translation>
    </message>
    <message>
        <source>{member} has no check-in to undo.</source>
        <translation>{member} tidak memiliki check-in yang dapat diurungkan.</translation>
    </message>
    <message>
        <source>{member} is not checked in, so cannot be checked out.</source>
        <translation>{member} belum check-in, jadi tidak dapat check-out.</translation>
    </message>
    <message>
        <source>The demo reunion needs an empty database, and {location} already holds {members} members. Use --db with a new file.</source>
        <translation>Reuni demo memerlukan database kosong, sedangkan {location} sudah berisi {members} anggota. Gunakan --db dengan file baru.</translation>
    </message>
    <message>
        <source>The database {location} cannot be used right now. This step was not saved; everything confirmed before it is.</source>
        <translation>Database {location} tidak dapat digunakan saat ini. Langkah ini tidak disimpan; semua yang dikonfirmasi sebelumnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>The database server ({location}) cannot be reached: it stopped, or the network is down. Check the server and the Wi-Fi or cable, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>Server database ({location}) tidak dapat dihubungi: server berhenti, atau jaringan terputus. Periksa server dan Wi-Fi atau kabelnya, lalu coba lagi. Langkah ini tidak disimpan; semua yang dikonfirmasi sebelumnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>The database server ({location}) is refusing new connections (too many open). Close SSC Desktop on a laptop that no longer needs it, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>Server database ({location}) menolak koneksi baru (terlalu banyak yang terbuka). Tutup SSC Desktop di laptop yang tidak lagi memerlukannya, lalu coba lagi. Langkah ini tidak disimpan; semua yang dikonfirmasi sebelumnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>The database {location} is busy: another program or laptop is holding it. Wait a moment and try again; if it stays busy, close the other program that has the file open. This step was not saved; everything confirmed before it is.</source>
        <translation>Database {location} sedang sibuk: program atau laptop lain sedang memakainya. Tunggu sebentar lalu coba lagi; jika tetap sibuk, tutup program lain yang membuka file tersebut. Langkah ini tidak disimpan; semua yang dikonfirmasi sebelumnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>The disk holding the database {location} is full. Free some space on it, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>Disk tempat database {location} berada sudah penuh. Kosongkan sebagian ruangnya, lalu coba lagi. Langkah ini tidak disimpan; semua yang dikonfirmasi sebelumnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>The database {location} cannot be written: the file, its folder or the server is read-only. Make it writable or open a copy of it you can write to (File &gt; Open database). This step was not saved; everything confirmed before it is.</source>
        <translation>Database {location} tidak dapat ditulisi: file, foldernya, atau servernya hanya-baca. Jadikan dapat ditulisi atau buka salinannya yang dapat Anda tulisi (File &gt; Buka database). Langkah ini tidak disimpan; semua yang dikonfirmasi sebelumnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>The database {location} is damaged, or is not an SSC Desktop database. Open your latest backup copy (File &gt; Open database), or ask for help before using this file again.</source>
        <translation>Database {location} rusak, atau bukan database SSC Desktop. Buka salinan cadangan terbaru Anda (File &gt; Buka database), atau minta bantuan sebelum memakai file ini lagi.</translation>
    </message>
    <message>
        <source>SSC Desktop is not allowed to use the database {location}: check the file&apos;s permissions, or the server&apos;s user name and password. This step was not saved; everything confirmed before it is.</source>
        <translation>SSC Desktop tidak diizinkan memakai database {location}: periksa izin akses file, atau nama pengguna dan kata sandi server. Langkah ini tidak disimpan; semua yang dikonfirmasi sebelumnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>The database file {location} cannot be opened: its folder is missing or cannot be read. Check that the drive is connected and the folder exists. This step was not saved; everything confirmed before it is.</source>
        <translation>File database {location} tidak dapat dibuka: foldernya tidak ada atau tidak dapat dibaca. Pastikan drive-nya terhubung dan foldernya ada. Langkah ini tidak disimpan; semua yang dikonfirmasi sebelumnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>The disk holding the database {location} reported a read or write error. Check the drive (a USB stick pulled out?) and copy the database somewhere safe. This step was not saved; everything confirmed before it is.</source>
        <translation>Disk tempat database {location} berada melaporkan kesalahan baca atau tulis. Periksa drive-nya (flashdisk tercabut?) dan salin database ke tempat yang aman. Langkah ini tidak disimpan; semua yang dikonfirmasi sebelumnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>The database ran out of memory. Close other programs, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>Database kehabisan memori. Tutup program lain, lalu coba lagi. Langkah ini tidak disimpan; semua yang dikonfirmasi sebelumnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Details were written to {log}.</source>
        <translation>Terjadi kesalahan tak terduga ({detail}). Rinciannya ditulis ke {log}.</translation>
    </message>
    <message>
        <source>Cannot write {path!r}: use a file name ending in {formats}.</source>
        <translation>Tidak dapat menulis {path!r}: gunakan nama file yang berakhiran {formats}.</translation>
    </message>
    <message>
        <source>Cannot write the sign-in sheet to {path!r}: use a file name ending in .pdf.</source>
        <translation>Tidak dapat menulis lembar tanda tangan hadir ke {path!r}: gunakan nama file yang berakhiran .pdf.</translation>
    </message>
    <message>
        <source>Cannot write the attendance sheet to {path!r}: use a file name ending in .xlsx.</source>
        <translation>Tidak dapat menulis lembar kehadiran ke {path!r}: gunakan nama file yang berakhiran .xlsx.</translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}</source>
        <translation>Tidak dapat menulis {path}: {detail}</translation>
    </message>
    <message>
        <source>Cannot write the report to {path!r}: use a file name ending in .pdf.</source>
        <translation>Tidak dapat menulis laporan ke {path!r}: gunakan nama file yang berakhiran .pdf.</translation>
    </message>
    <message>
        <source>The notes are {length} characters; keep them under {limit}.</source>
        <translation>Catatan berisi {length} karakter; buat kurang dari {limit}.</translation>
    </message>
    <message>
        <source>“{name}” has {code_point} ‹{char}›, which no bundled font can draw: it prints as an empty box.</source>
        <translation>“{name}” berisi {code_point} ‹{char}›, yang tidak dapat digambar oleh font bawaan mana pun: akan tercetak sebagai kotak kosong.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again, or ask the coordinator.</source>
        <translation>PIN tersebut salah. Coba lagi, atau tanyakan ke koordinator.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait {seconds} seconds, then try again.</source>
        <translation>Terlalu banyak PIN salah. Tunggu {seconds} detik, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Enter your PIN again.</source>
        <translation>Masukkan PIN Anda lagi.</translation>
    </message>
    <message>
        <source>The phone sent something the laptop does not understand; reload the page.</source>
        <translation>Ponsel mengirim sesuatu yang tidak dipahami laptop; muat ulang halaman.</translation>
    </message>
    <message>
        <source>The laptop could not save this. Your scores are kept on this phone and sent again in a moment; if it keeps failing, tell the coordinator.</source>
        <translation>Laptop tidak dapat menyimpan ini. Nilai Anda tetap tersimpan di ponsel ini dan akan dikirim ulang sebentar lagi; jika terus gagal, beri tahu koordinator.</translation>
    </message>
    <message>
        <source>Cannot serve on {host} port {port}: {reason}. Choose another port or network.</source>
        <translation>Tidak dapat melayani di {host} port {port}: {reason}. Pilih port atau jaringan lain.</translation>
    </message>
    <message>
        <source>A port is a number from 1024 to 65535 (or 0 for any free port); got {port}.</source>
        <translation>Port adalah angka dari 1024 sampai 65535 (atau 0 untuk port bebas mana pun); diberikan: {port}.</translation>
    </message>
    <message>
        <source>The judges&apos; server is already running at {url}.</source>
        <translation>Server juri sudah berjalan di {url}.</translation>
    </message>
    <message>
        <source>A member has no field {field!r}; the fields are: {fields}.</source>
        <translation>Anggota tidak memiliki kolom {field!r}; kolom yang ada: {fields}.</translation>
    </message>
    <message>
        <source>Gender {value!r} is not one of: {choices}.</source>
        <translation>Jenis kelamin {value!r} tidak termasuk salah satu dari: {choices}.</translation>
    </message>
    <message>
        <source>Visit year {value!r} is not a year (write it as 2019, or leave it empty).</source>
        <translation>Tahun kunjungan {value!r} bukan tahun (tulis seperti 2019, atau biarkan kosong).</translation>
    </message>
    <message>
        <source>Member {id} cannot be merged with itself; choose two different members.</source>
        <translation>Anggota {id} tidak dapat digabungkan dengan dirinya sendiri; pilih dua anggota yang berbeda.</translation>
    </message>
    <message>
        <source>For {field}, choose keep or remove, not {choice!r}.</source>
        <translation>Untuk {field}, pilih keep atau remove, bukan {choice!r}.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field to edit.</source>
        <translation>Tidak ada yang diubah: berikan minimal satu kolom untuk diedit.</translation>
    </message>
    <message>
        <source>{file} is not a participant report of Zoom, Microsoft Teams or Google Meet: no row has their column names (for example “Join Time” and “Leave Time”).</source>
        <translation>{file} bukan laporan peserta Zoom, Microsoft Teams, atau Google Meet: tidak ada baris yang memuat nama kolomnya (misalnya “Join Time” dan “Leave Time”).</translation>
    </message>
    <message>
        <source>{file} lists no participants.</source>
        <translation>{file} tidak memuat peserta.</translation>
    </message>
    <message>
        <source>{file} is of another day: its times fall on {dates}, and the event is from {first} to {last}. Import it only if it is this event&apos;s meeting all the same.</source>
        <translation>{file} berasal dari hari lain: waktunya jatuh pada {dates}, sedangkan acara berlangsung dari {first} sampai {last}. Impor hanya jika memang ini rapat untuk acara ini.</translation>
    </message>
    <message>
        <source>{file} was imported already (as {other}): the same report, or the same meeting and start. Importing it again would count everyone twice; replace the earlier import instead.</source>
        <translation>{file} sudah pernah diimpor (sebagai {other}): laporan yang sama, atau rapat dan waktu mulai yang sama. Mengimpornya lagi akan menghitung semua orang dua kali; sebagai gantinya, ganti impor sebelumnya.</translation>
    </message>
    <message>
        <source>{file} is a registration report: it says who registered, not who attended. Export the participant (or attendee) report of the meeting instead.</source>
        <translation>{file} adalah laporan pendaftaran: isinya siapa yang mendaftar, bukan siapa yang hadir. Sebagai gantinya, ekspor laporan peserta (atau attendee) dari rapat tersebut.</translation>
    </message>
    <message>
        <source>{file} writes dates both day first and month first; export the report again with one date format.</source>
        <translation>{file} menulis tanggal dengan hari di depan sekaligus bulan di depan; ekspor ulang laporannya dengan satu format tanggal.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: {value!r} is not a date and time.</source>
        <translation>{file}, baris {row}, kolom {column}: {value!r} bukan tanggal dan waktu.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: {value!r} is not a duration (e.g. 45, 1h 5m 3s).</source>
        <translation>{file}, baris {row}, kolom {column}: {value!r} bukan durasi (mis. 45, 1h 5m 3s).</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the person left before joining.</source>
        <translation>{file}, baris {row}, kolom {column}: orang tersebut keluar sebelum bergabung.</translation>
    </message>
    <message>
        <source>Registration {registration} is not one of this event&apos;s.</source>
        <translation>Pendaftaran {registration} bukan milik acara ini.</translation>
    </message>
    <message>
        <source>A programme item needs a title.</source>
        <translation>Item program memerlukan judul.</translation>
    </message>
    <message>
        <source>“{title}” ends ({ends}) before it starts ({starts}).</source>
        <translation>“{title}” berakhir ({ends}) sebelum dimulai ({starts}).</translation>
    </message>
    <message>
        <source>A programme time must carry its time zone.</source>
        <translation>Waktu program harus menyertakan zona waktunya.</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a time (use HH:MM or YYYY-MM-DD HH:MM).</source>
        <translation>{field}: {value!r} bukan waktu (gunakan HH:MM atau YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>Kind {value!r} is not known; use one of: {kinds}.</source>
        <translation>Jenis {value!r} tidak dikenal; gunakan salah satu dari: {kinds}.</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; at most {limit} fit.</source>
        <translation>{field} panjangnya {length} karakter; maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Speaker {position} needs a name (or choose a member).</source>
        <translation>Pembicara {position} memerlukan nama (atau pilih anggota).</translation>
    </message>
    <message>
        <source>{count} members match {text!r}; give the e-mail address instead.</source>
        <translation>{count} anggota cocok dengan {text!r}; berikan alamat email sebagai gantinya.</translation>
    </message>
    <message>
        <source>{detail}: “{item}” overlaps “{other}” in the same room.</source>
        <translation>{detail}: “{item}” bertabrakan dengan “{other}” di ruangan yang sama.</translation>
    </message>
    <message>
        <source>{detail} speaks in “{item}” and “{other}” at the same time.</source>
        <translation>{detail} berbicara di “{item}” dan “{other}” pada waktu yang sama.</translation>
    </message>
    <message>
        <source>“{item}” starts before the event begins.</source>
        <translation>“{item}” dimulai sebelum acara dimulai.</translation>
    </message>
    <message>
        <source>“{item}” ends after the event is over.</source>
        <translation>“{item}” berakhir setelah acara selesai.</translation>
    </message>
    <message>
        <source>The registration deadline ({deadline}) is after the event ends ({ends}).</source>
        <translation>Batas waktu pendaftaran ({deadline}) jatuh setelah acara berakhir ({ends}).</translation>
    </message>
    <message>
        <source>Registration for {event} closed at {deadline}. A coordinator can still register a late sign-up on purpose, or register the person as a walk-in on the day.</source>
        <translation>Pendaftaran untuk {event} ditutup pada {deadline}. Koordinator tetap dapat mendaftarkan pendaftar terlambat secara sengaja, atau mendaftarkan orang tersebut sebagai walk-in pada hari acara.</translation>
    </message>
    <message>
        <source>The registration of {member} is already cancelled.</source>
        <translation>Pendaftaran {member} sudah dibatalkan.</translation>
    </message>
    <message>
        <source>The registration of {member} is not cancelled; there is nothing to restore.</source>
        <translation>Pendaftaran {member} tidak dibatalkan; tidak ada yang perlu dipulihkan.</translation>
    </message>
    <message>
        <source>{member} is checked in; undo the check-in before cancelling the registration.</source>
        <translation>{member} sudah check-in; urungkan check-in sebelum membatalkan pendaftaran.</translation>
    </message>
    <message>
        <source>{member} is registered already: check them in at the desk instead.</source>
        <translation>{member} sudah terdaftar: lakukan check-in di meja saja.</translation>
    </message>
    <message>
        <source>Role must be one of {roles}, not {value!r}.</source>
        <translation>Peran harus salah satu dari {roles}, bukan {value!r}.</translation>
    </message>
    <message>
        <source>Status must be one of {statuses}, not {value!r}.</source>
        <translation>Status harus salah satu dari {statuses}, bukan {value!r}.</translation>
    </message>
    <message>
        <source>No member matches: {criteria}.</source>
        <translation>Tidak ada anggota yang cocok: {criteria}.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Tidak ada file {file}.</translation>
    </message>
    <message>
        <source>{file} is {size_mb} MB; rosters up to {limit_mb} MB can be imported. Is this the right file? Save only the roster sheet as .xlsx or .csv.</source>
        <translation>{file} berukuran {size_mb} MB; daftar anggota yang dapat diimpor maksimal {limit_mb} MB. Apakah ini file yang benar? Simpan hanya lembar daftar anggota sebagai .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} kosong.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet: it is a {found}. Choose an .xlsx, .xls, .ods or .csv file.</source>
        <translation>{file} bukan spreadsheet: file ini berjenis {found}. Pilih file .xlsx, .xls, .ods, atau .csv.</translation>
    </message>
    <message>
        <source>{file} is named like an Excel workbook but is not one (it may have been renamed). Open it in Excel and save it as .xlsx or .csv.</source>
        <translation>{file} dinamai seperti buku kerja Excel tetapi bukan buku kerja Excel (mungkin telah diganti namanya). Buka di Excel dan simpan sebagai .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>{file}: {suffix} files cannot be imported; save the roster as .xlsx, .xls, .ods or .csv.</source>
        <translation>{file}: file {suffix} tidak dapat diimpor; simpan daftar anggota sebagai .xlsx, .xls, .ods, atau .csv.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and cannot be read as an Excel workbook ({detail}).</source>
        <translation>{file} rusak atau tidak lengkap dan tidak dapat dibaca sebagai buku kerja Excel ({detail}).</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: the workbook is damaged near row {row} ({detail}).</source>
        <translation>{file}, lembar {sheet}: buku kerja rusak di sekitar baris {row} ({detail}).</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet!r}.</source>
        <translation>{file} tidak memiliki lembar bernama {sheet!r}.</translation>
    </message>
    <message>
        <source>{file}: more than {limit} rows; split the roster into smaller files.</source>
        <translation>{file}: lebih dari {limit} baris; pecah daftar anggota menjadi beberapa file yang lebih kecil.</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file: it holds binary data.</source>
        <translation>{file} bukan file teks (CSV): isinya data biner.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the CSV cannot be read ({detail}).</source>
        <translation>{file}, baris {line}: CSV tidak dapat dibaca ({detail}).</translation>
    </message>
    <message>
        <source>{file}, line {line}: a cell holds more than {limit} characters, which no roster cell does; the file is probably not a CSV table, or a quote mark is never closed.</source>
        <translation>{file}, baris {line}: sebuah sel berisi lebih dari {limit} karakter, padahal tidak ada sel daftar anggota sepanjang itu; file ini mungkin bukan tabel CSV, atau ada tanda kutip yang tidak pernah ditutup.</translation>
    </message>
    <message>
        <source>{file} could not be read: {detail}</source>
        <translation>{file} tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>{file} mixes text encodings: line {line} is not {encoding} like the rest. Save the file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} mencampur beberapa encoding teks: baris {line} tidak ber-encoding {encoding} seperti baris lainnya. Simpan ulang file dari Excel sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The text encoding of {file} cannot be recognised (first unreadable line: {line}). Save the file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>Encoding teks {file} tidak dapat dikenali (baris pertama yang tidak terbaca: {line}). Simpan ulang file dari Excel sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{file}: cannot tell whether the fields are separated by {candidates}. Save the file again from Excel as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>{file}: tidak dapat memastikan apakah kolomnya dipisahkan oleh {candidates}. Simpan ulang file dari Excel sebagai &quot;CSV UTF-8 (comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>{where}: the sheet is empty.</source>
        <translation>{where}: lembar ini kosong.</translation>
    </message>
    <message>
        <source>{where}: no header row found in the first {rows} rows. The roster needs a row naming its columns, e.g. Name, E-mail, Country (or 氏名, メール, 国・地域).</source>
        <translation>{where}: tidak ditemukan baris header dalam {rows} baris pertama. Daftar anggota memerlukan satu baris yang menamai kolom-kolomnya, mis. Name, E-mail, Country (atau Nama, Email, Negara).</translation>
    </message>
    <message>
        <source>{where}: row {row} is blank and cannot be the header row.</source>
        <translation>{where}: baris {row} kosong dan tidak dapat menjadi baris header.</translation>
    </message>
    <message>
        <source>{where}: there is no row {row}.</source>
        <translation>{where}: tidak ada baris {row}.</translation>
    </message>
    <message>
        <source>{field!r} is not a member field.</source>
        <translation>{field!r} bukan kolom data anggota.</translation>
    </message>
    <message>
        <source>Two columns are mapped to the same field ({field}); only text fields and name parts can be combined from several columns.</source>
        <translation>Dua kolom dipetakan ke data yang sama ({field}); hanya kolom teks dan bagian nama yang dapat digabungkan dari beberapa kolom.</translation>
    </message>
    <message>
        <source>{count} columns are mapped to {field}; at most {limit} columns can be combined.</source>
        <translation>{count} kolom dipetakan ke {field}; maksimal {limit} kolom dapat digabungkan.</translation>
    </message>
    <message>
        <source>{file}: no column is mapped to the member&apos;s name.</source>
        <translation>{file}: tidak ada kolom yang dipetakan ke nama anggota.</translation>
    </message>
    <message>
        <source>{value!r} is not a duplicate choice; use update, skip or keep-both.</source>
        <translation>{value!r} bukan pilihan untuk duplikat; gunakan update, skip, atau keep-both.</translation>
    </message>
    <message>
        <source>No name: the row has no name in Latin letters.</source>
        <translation>Tanpa nama: baris ini tidak memiliki nama dalam huruf Latin.</translation>
    </message>
    <message>
        <source>{value!r} is not a year.</source>
        <translation>{value!r} bukan tahun.</translation>
    </message>
    <message>
        <source>Visit year {value} is outside {first}-{latest}.</source>
        <translation>Tahun kunjungan {value} di luar rentang {first}-{latest}.</translation>
    </message>
    <message>
        <source>The cell cannot be read ({value}).</source>
        <translation>Sel tidak dapat dibaca ({value}).</translation>
    </message>
    <message>
        <source>{value!r} is not a known gender; stored as not stated.</source>
        <translation>{value!r} bukan jenis kelamin yang dikenal; disimpan sebagai tidak disebutkan.</translation>
    </message>
    <message>
        <source>Hidden characters that can change how the text shows were removed: {characters}. Imported as {value!r}.</source>
        <translation>Karakter tersembunyi yang dapat mengubah tampilan teks telah dihapus: {characters}. Diimpor sebagai {value!r}.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… dan %1 lainnya.</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>There is no event with id %1 in this database.

Events in it:
%2</source>
        <translation>Tidak ada acara dengan id %1 di database ini.

Acara yang ada:
%2</translation>
    </message>
    <message>
        <source>No such event</source>
        <translation>Acara tidak ditemukan</translation>
    </message>
    <message>
        <source>The badge could not be made</source>
        <translation>Tanda pengenal tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Badge ready to print: %1</source>
        <translation>Tanda pengenal siap dicetak: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Sama dengan</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Dicocokkan berdasarkan</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Stored member: %1 %2</source>
        <translation>Anggota tersimpan: %1 %2</translation>
    </message>
    <message>
        <source>Name and country</source>
        <translation>Nama dan negara</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>When:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>Online:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapasitas:</translation>
    </message>
    <message>
        <source>Sign-ups close:</source>
        <translation>Pendaftaran ditutup:</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>sudah check-in</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>di daftar tunggu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Work on this event</source>
        <translation>Kerjakan acara ini</translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation>Belum ada acara</translation>
    </message>
    <message>
        <source>Create the first event with “New event…”.</source>
        <translation>Buat acara pertama dengan “Acara baru…”.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Tanpa batas waktu</translation>
    </message>
    <message>
        <source>Places taken: %1 of %2</source>
        <translation>Tempat terisi: %1 dari %2</translation>
    </message>
    <message>
        <source>Places taken: %1 (no limit)</source>
        <translation>Tempat terisi: %1 (tanpa batas)</translation>
    </message>
    <message>
        <source>Arrived: %1 of %2 registered</source>
        <translation>Hadir: %1 dari %2 terdaftar</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edit acara</translation>
    </message>
    <message>
        <source>e.g. 4th SSC India Reunion</source>
        <translation>mis. Reuni SSC India ke-4</translation>
    </message>
    <message>
        <source>Chapter name, e.g. SSC India</source>
        <translation>Nama chapter, mis. SSC India</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source>Close sign-ups at</source>
        <translation>Tutup pendaftaran pada</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>Chapter:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Mulai:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Selesai:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <source>Online link:</source>
        <translation>Tautan online:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapasitas:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Pendaftaran:</translation>
    </message>
    <message>
        <source>Beyond the capacity, sign-ups join a waitlist; raising the capacity later gives the first of them a place.</source>
        <translation>Jika melebihi kapasitas, pendaftar masuk daftar tunggu; menaikkan kapasitas nanti akan memberi tempat kepada yang paling awal.</translation>
    </message>
    <message>
        <source>No online link yet: tickets sent now will not tell online participants how to join. Add the link here before the tickets go out.</source>
        <translation>Belum ada tautan online: tiket yang dikirim sekarang tidak akan memberi tahu peserta online cara bergabung. Tambahkan tautannya di sini sebelum tiket dikirim.</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Buat acara</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Daftar tunggu</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Sudah check-in</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Reunions, seminars and webinars of your chapters.</source>
        <translation>Reuni, seminar, dan webinar chapter Anda.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Acara baru…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplikasi…</translation>
    </message>
    <message>
        <source>A new event like this one on a new date, with its programme</source>
        <translation>Acara baru seperti ini pada tanggal baru, beserta programnya</translation>
    </message>
    <message>
        <source>%1 promoted from the waitlist: %2</source>
        <translation>%1 naik dari daftar tunggu: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Disimpan: %1</translation>
    </message>
    <message>
        <source>Created “%1” on %2 with %3 programme items.</source>
        <translation>“%1” dibuat pada %2 dengan %3 item program.</translation>
    </message>
    <message>
        <source>Work on this event</source>
        <translation>Kerjakan acara ini</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>Exports</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>came</source>
        <translation>hadir</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>tingkat kehadiran</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>di lokasi</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <source>Attendance sheet (.xlsx)</source>
        <translation>Lembar kehadiran (.xlsx)</translation>
    </message>
    <message>
        <source>One row per registration with both names, chapter, country, affiliation, role, check-in and check-out times in the event&apos;s time zone, and a column per check-in list; a summary sheet by role, country, affiliation, gender and arrival hour.</source>
        <translation>Satu baris per pendaftaran berisi kedua nama, chapter, negara, afiliasi, peran, waktu check-in dan check-out dalam zona waktu acara, serta satu kolom per daftar check-in; ditambah lembar ringkasan per peran, negara, afiliasi, jenis kelamin, dan jam kedatangan.</translation>
    </message>
    <message>
        <source>All registrations</source>
        <translation>Semua pendaftaran</translation>
    </message>
    <message>
        <source>Only those who came</source>
        <translation>Hanya yang hadir</translation>
    </message>
    <message>
        <source>Only no-shows (registered, did not come)</source>
        <translation>Hanya yang tidak hadir (terdaftar, tidak datang)</translation>
    </message>
    <message>
        <source>Save attendance sheet…</source>
        <translation>Simpan lembar kehadiran…</translation>
    </message>
    <message>
        <source>Paper sign-in sheet (PDF)</source>
        <translation>Lembar tanda tangan hadir (PDF)</translation>
    </message>
    <message>
        <source>Everyone registered, A to Z, with their name in their own script and a signature column; the event and page numbers on every page. Print it before the doors open: it is the backup when the laptop fails.</source>
        <translation>Semua yang terdaftar, urut A sampai Z, dengan nama dalam aksara aslinya dan kolom tanda tangan; nama acara dan nomor halaman di setiap halaman. Cetak sebelum pintu dibuka: lembar ini cadangan jika laptop bermasalah.</translation>
    </message>
    <message>
        <source>Save sign-in sheet…</source>
        <translation>Simpan lembar tanda tangan…</translation>
    </message>
    <message>
        <source>Online attendance (Zoom, Teams, Meet)</source>
        <translation>Kehadiran online (Zoom, Teams, Meet)</translation>
    </message>
    <message>
        <source>Import the participant report the meeting tool exports; people are matched by e-mail, then by name. The attendance sheet then says how each person attended and for how long.</source>
        <translation>Impor laporan peserta yang diekspor aplikasi rapat; orang dicocokkan berdasarkan email, lalu nama. Lembar kehadiran kemudian menunjukkan cara setiap orang hadir dan berapa lama.</translation>
    </message>
    <message>
        <source>Import a report…</source>
        <translation>Impor laporan…</translation>
    </message>
    <message>
        <source>Match by hand…</source>
        <translation>Cocokkan manual…</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Hapus laporan</translation>
    </message>
    <message>
        <source>Roster (.xlsx or .csv)</source>
        <translation>Daftar anggota (.xlsx atau .csv)</translation>
    </message>
    <message>
        <source>The chapter roster, filtered here; no event needed. The .csv opens in Excel with every script intact (UTF-8 with BOM).</source>
        <translation>Daftar anggota chapter, difilter di sini; tidak perlu acara. File .csv terbuka di Excel dengan semua aksara utuh (UTF-8 dengan BOM).</translation>
    </message>
    <message>
        <source>Search any script, e.g. sharma iit</source>
        <translation>Cari dalam aksara apa pun, mis. sharma iit</translation>
    </message>
    <message>
        <source>Save roster…</source>
        <translation>Simpan daftar anggota…</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>Chapter:</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Semua chapter</translation>
    </message>
    <message>
        <source>Choose an event in the bar above for its attendance sheet and sign-in sheet; the roster needs no event.</source>
        <translation>Pilih acara di bilah atas untuk lembar kehadiran dan lembar tanda tangannya; daftar anggota tidak memerlukan acara.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Check-in lists (each a column of the sheet): %1</source>
        <translation>Daftar check-in (masing-masing satu kolom di lembar): %1</translation>
    </message>
    <message>
        <source>No check-in lists besides the door.</source>
        <translation>Tidak ada daftar check-in selain pintu masuk.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 people, %4 matched</source>
        <translation>%1 · %2 · %3 orang, %4 cocok</translation>
    </message>
    <message>
        <source>No online report imported yet.</source>
        <translation>Belum ada laporan online yang diimpor.</translation>
    </message>
    <message>
        <source>%1 participants still to match by hand.</source>
        <translation>%1 peserta masih perlu dicocokkan manual.</translation>
    </message>
    <message>
        <source>Import a participant report</source>
        <translation>Impor laporan peserta</translation>
    </message>
    <message>
        <source>Participant reports (*.csv *.xlsx *.txt)</source>
        <translation>Laporan peserta (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation>Tetap impor?</translation>
    </message>
    <message>
        <source>Replace the earlier import with this one?</source>
        <translation>Ganti impor sebelumnya dengan yang ini?</translation>
    </message>
    <message>
        <source>Imported %1 people from %2: %3 matched.</source>
        <translation>%1 orang diimpor dari %2: %3 cocok.</translation>
    </message>
    <message>
        <source>Delete this imported report and its minutes?</source>
        <translation>Hapus laporan yang diimpor ini beserta menit kehadirannya?</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Simpan lembar kehadiran</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Simpan lembar tanda tangan hadir</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the roster</source>
        <translation>Simpan daftar anggota</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>Reading who came…</source>
        <translation>Membaca siapa yang hadir…</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>%1 baris ditulis ke %2.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Lembar kehadiran</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Wrote the sign-in sheet for %1 people to %2.</source>
        <translation>Lembar tanda tangan hadir untuk %1 orang ditulis ke %2.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Lembar tanda tangan hadir</translation>
    </message>
    <message>
        <source>Wrote %1 members to %2.</source>
        <translation>%1 anggota ditulis ke %2.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Daftar anggota</translation>
    </message>
    <message>
        <source>%1 not written</source>
        <translation>%1 tidak ditulis</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Dibatalkan; tidak ada file yang ditulis.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster</source>
        <translation>Pilih daftar anggota</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, as your chapter keeps it. Title rows above the header, Japanese column names and CSV in any common encoding are fine.</source>
        <translation>Buku kerja Excel (.xlsx) atau file CSV, seperti yang disimpan chapter Anda. Baris judul di atas header, nama kolom berbahasa Jepang, dan CSV dalam encoding umum apa pun dapat dibaca.</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>File daftar anggota</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Chapter name, e.g. SSC India</source>
        <translation>Nama chapter, mis. SSC India</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Import into chapter:</source>
        <translation>Impor ke chapter:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to SSC Desktop</source>
        <translation>Selamat datang di SSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Lewati</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Guest speaker</source>
        <translation>Pembicara tamu</translation>
    </message>
    <message>
        <source>e.g. Kenichi Sato</source>
        <translation>mis. Kenichi Sato</translation>
    </message>
    <message>
        <source>e.g. 佐藤 健一</source>
        <translation>mis. 佐藤 健一</translation>
    </message>
    <message>
        <source>Name (Latin letters):</source>
        <translation>Nama (huruf Latin):</translation>
    </message>
    <message>
        <source>Name in own script:</source>
        <translation>Nama dalam aksara asli:</translation>
    </message>
    <message>
        <source>Affiliation:</source>
        <translation>Afiliasi:</translation>
    </message>
    <message>
        <source>Short bio:</source>
        <translation>Biodata singkat:</translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation>Tamu memerlukan nama.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>All rows are written in one go: if the import stops or is cancelled, nothing changes.</source>
        <translation>Semua baris ditulis sekaligus: jika impor terhenti atau dibatalkan, tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Mulai dari awal</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>Membaca daftar anggota…</translation>
    </message>
    <message>
        <source>Writing members: %1 of %2</source>
        <translation>Menulis anggota: %1 dari %2</translation>
    </message>
    <message>
        <source>Reading rows: %1</source>
        <translation>Membaca baris: %1</translation>
    </message>
</context>
<context>
    <name>JudgePhone</name>
    <message>
        <source>Judging</source>
        <translation>Penjurian</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Masukkan PIN Anda</translation>
    </message>
    <message>
        <source>The PIN the coordinator gave you (4 to 12 digits).</source>
        <translation>PIN yang diberikan koordinator kepada Anda (4 sampai 12 angka).</translation>
    </message>
    <message>
        <source>Open my entries</source>
        <translation>Buka karya saya</translation>
    </message>
    <message>
        <source>No connection to the laptop. Check the Wi-Fi and try again.</source>
        <translation>Tidak ada koneksi ke laptop. Periksa Wi-Fi dan coba lagi.</translation>
    </message>
    <message>
        <source>Your entries</source>
        <translation>Karya Anda</translation>
    </message>
    <message>
        <source>{done} of {total} scored</source>
        <translation>{done} dari {total} sudah dinilai</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Sudah dinilai</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>Sebagian dinilai</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Back to my entries</source>
        <translation>Kembali ke karya saya</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Komentar (opsional)</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>Simpan nilai</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>bobot {weight}</translation>
    </message>
    <message>
        <source>Choose a level for {criterion}.</source>
        <translation>Pilih tingkat untuk {criterion}.</translation>
    </message>
    <message>
        <source>Saved on the laptop.</source>
        <translation>Tersimpan di laptop.</translation>
    </message>
    <message>
        <source>Kept on this phone: {count} entry(ies) will be sent when the Wi-Fi returns.</source>
        <translation>Disimpan di ponsel ini: {count} karya akan dikirim saat Wi-Fi kembali.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Tidak tersimpan: {reason}</translation>
    </message>
    <message>
        <source>The results are locked: scores can no longer change.</source>
        <translation>Hasil sudah dikunci: nilai tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Judging is closed.</source>
        <translation>Penjurian sudah ditutup.</translation>
    </message>
    <message>
        <source>Judging has not opened yet.</source>
        <translation>Penjurian belum dibuka.</translation>
    </message>
    <message>
        <source>You have no entries to judge in this contest.</source>
        <translation>Anda tidak punya karya untuk dinilai dalam lomba ini.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstrak</translation>
    </message>
    <message>
        <source>Blind judging: authors are not shown.</source>
        <translation>Penjurian tertutup: penulis tidak ditampilkan.</translation>
    </message>
</context>
<context>
    <name>JudgePhonesDialog</name>
    <message>
        <source>Judges&apos; phones — %1</source>
        <translation>Ponsel juri — %1</translation>
    </message>
    <message>
        <source>%1 (this laptop only)</source>
        <translation>%1 (hanya laptop ini)</translation>
    </message>
    <message>
        <source>Every network of this laptop</source>
        <translation>Semua jaringan laptop ini</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>New links…</source>
        <translation>Tautan baru…</translation>
    </message>
    <message>
        <source>Make new links for every judge; the old QR codes stop working</source>
        <translation>Buat tautan baru untuk setiap juri; kode QR lama tidak berlaku lagi</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>Salin tautan</translation>
    </message>
    <message>
        <source>Print QR cards…</source>
        <translation>Cetak kartu QR…</translation>
    </message>
    <message>
        <source>A PDF with one card per judge: name, QR code and link</source>
        <translation>PDF berisi satu kartu per juri: nama, kode QR, dan tautan</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Phones must be on the same Wi-Fi as this laptop. Each judge scans their own code, then types their PIN; they see only their own entries. Scores go straight into this database (“phone” in the audit trail); a phone keeps what it could not send and sends it when the Wi-Fi returns. Closing this window keeps the server running; it stops with Stop or when the app closes.</source>
        <translation>Ponsel harus terhubung ke Wi-Fi yang sama dengan laptop ini. Setiap juri memindai kodenya sendiri, lalu mengetik PIN-nya; juri hanya melihat karya yang ditugaskan kepadanya. Nilai langsung masuk ke database ini (“ponsel” di jejak audit); ponsel menyimpan yang belum terkirim dan mengirimnya saat Wi-Fi tersambung lagi. Menutup jendela ini tidak menghentikan server; server berhenti dengan Hentikan atau saat aplikasi ditutup.</translation>
    </message>
    <message>
        <source>The judges&apos; server did not start</source>
        <translation>Server juri tidak berhasil dimulai</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>Tautan baru</translation>
    </message>
    <message>
        <source>Make new links for every judge of every contest? The QR codes shown or printed so far stop working.</source>
        <translation>Buat tautan baru untuk setiap juri di setiap lomba? Kode QR yang sudah ditampilkan atau dicetak sejauh ini tidak akan berlaku lagi.</translation>
    </message>
    <message>
        <source>No new links</source>
        <translation>Tidak ada tautan baru</translation>
    </message>
    <message>
        <source>Judges&apos; QR cards</source>
        <translation>Kartu QR juri</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Judges&apos; cards - %1</source>
        <translation>Kartu juri - %1</translation>
    </message>
    <message>
        <source>The cards were not written</source>
        <translation>Kartu tidak ditulis</translation>
    </message>
    <message>
        <source>Serving at %1 — the judges&apos; cards are in %2.</source>
        <translation>Melayani di %1 — kartu juri ada di %2.</translation>
    </message>
    <message>
        <source>The judges&apos; server is serving another contest; Start moves it here.</source>
        <translation>Server juri sedang melayani lomba lain; Mulai akan memindahkannya ke sini.</translation>
    </message>
    <message>
        <source>The judges&apos; server is stopped.</source>
        <translation>Server juri berhenti.</translation>
    </message>
    <message>
        <source>Serving at %1 — judges&apos; phones can connect now.</source>
        <translation>Melayani di %1 — ponsel juri sudah dapat terhubung.</translation>
    </message>
    <message>
        <source>QR code of %1&apos;s link</source>
        <translation>Kode QR tautan %1</translation>
    </message>
</context>
<context>
    <name>JudgePinDialog</name>
    <message>
        <source>Judge mode — %1</source>
        <translation>Mode juri — %1</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>PIN Anda</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Only your own entries and your own scores are shown.</source>
        <translation>Hanya karya dan nilai Anda sendiri yang ditampilkan.</translation>
    </message>
</context>
<context>
    <name>JudgeScoringDialog</name>
    <message>
        <source>Judge mode — %1</source>
        <translation>Mode juri — %1</translation>
    </message>
    <message>
        <source>%v of %m scored</source>
        <translation>%v dari %m dinilai</translation>
    </message>
    <message>
        <source>Entries to score</source>
        <translation>Karya untuk dinilai</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>%1, score from %2</source>
        <translation>%1, nilai dari %2</translation>
    </message>
    <message>
        <source>A comment for the coordinator (Enter saves and goes on)</source>
        <translation>Komentar untuk koordinator (Enter untuk menyimpan dan lanjut)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Ko&amp;mentar</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>&amp;Simpan dan berikutnya</translation>
    </message>
    <message>
        <source>Declare a &amp;conflict…</source>
        <translation>Nyatakan &amp;konflik…</translation>
    </message>
    <message>
        <source>&amp;Lock judge mode</source>
        <translation>&amp;Kunci mode juri</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number. Type a score from %3 to %4%5.</source>
        <translation>%1: “%2” bukan angka. Ketik nilai dari %3 sampai %4%5.</translation>
    </message>
    <message>
        <source>%1: %2 is not on the scale %3. Type a score from %4 to %5%6.</source>
        <translation>%1: %2 tidak ada pada skala %3. Ketik nilai dari %4 sampai %5%6.</translation>
    </message>
    <message>
        <source> in steps of %1</source>
        <translation>, dengan kelipatan %1</translation>
    </message>
    <message>
        <source>%1: only numbers can be typed here, from %2 to %3%4.</source>
        <translation>%1: hanya angka yang bisa diketik di sini, dari %2 sampai %3%4.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Scores for entry %1 changed: %2.</source>
        <translation>Nilai untuk karya %1 berubah: %2.</translation>
    </message>
    <message>
        <source>Scores for entry %1 saved.</source>
        <translation>Nilai untuk karya %1 disimpan.</translation>
    </message>
    <message>
        <source>Entry %1 saved; no score changed.</source>
        <translation>Karya %1 disimpan; tidak ada nilai yang berubah.</translation>
    </message>
    <message>
        <source>Same lab, same supervisor, a relative: the entry goes to another judge</source>
        <translation>Lab yang sama, pembimbing yang sama, kerabat: karya dialihkan ke juri lain</translation>
    </message>
    <message>
        <source>Blind judging: entries are shown by code and title only.</source>
        <translation>Penjurian buta: karya hanya ditampilkan dengan kode dan judul.</translation>
    </message>
    <message>
        <source>This contest is locked: scores can no longer change.</source>
        <translation>Lomba ini terkunci: nilai tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No entries are assigned to you yet.</source>
        <translation>Belum ada karya yang ditugaskan kepada Anda.</translation>
    </message>
    <message>
        <source>No level guide for this criterion.</source>
        <translation>Tidak ada panduan tingkat untuk kriteria ini.</translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation>Nyatakan konflik</translation>
    </message>
    <message>
        <source>Why can you not judge %1 fairly? (same lab, same supervisor, a relative…)</source>
        <translation>Mengapa Anda tidak dapat menilai %1 secara adil? (lab yang sama, pembimbing yang sama, kerabat…)</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>Konflik tidak dicatat</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 dipindahkan ke %2.</translation>
    </message>
    <message>
        <source>%1 was taken off your list; no other judge is free for it, so the coordinator will assign one.</source>
        <translation>%1 dihapus dari daftar Anda; tidak ada juri lain yang tersedia, jadi koordinator akan menugaskan juri.</translation>
    </message>
    <message>
        <source>Conflict recorded</source>
        <translation>Konflik dicatat</translation>
    </message>
</context>
<context>
    <name>KeyboardLayout</name>
    <message>
        <source>French (AZERTY)</source>
        <translation>Prancis (AZERTY)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Prancis (French)</translation>
    </message>
    <message>
        <source>Belgian (AZERTY)</source>
        <translation>Belgia (AZERTY)</translation>
    </message>
    <message>
        <source>Belgian</source>
        <translation>Belgia (Belgian)</translation>
    </message>
    <message>
        <source>German or Swiss (QWERTZ)</source>
        <translation>Jerman atau Swiss (QWERTZ)</translation>
    </message>
    <message>
        <source>German (or Swiss)</source>
        <translation>Jerman (German) atau Swiss</translation>
    </message>
    <message>
        <source>Japanese (kana input)</source>
        <translation>Jepang (input kana)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Jepang (Japanese)</translation>
    </message>
    <message>
        <source>Japanese (JIS)</source>
        <translation>Jepang (JIS)</translation>
    </message>
    <message>
        <source>UK English</source>
        <translation>Inggris (UK)</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>UK</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Badges &amp;&amp; tickets…</source>
        <translation>Tanda pengenal &amp;&amp; tiket…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Impor daftar anggota…</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Acara:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Database &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>B&amp;uka database…</translation>
    </message>
    <message>
        <source>Connect to &amp;shared database (PostgreSQL)…</source>
        <translation>&amp;Hubungkan ke database bersama (PostgreSQL)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terbaru</translation>
    </message>
    <message>
        <source>Open the &amp;demo reunion</source>
        <translation>Buka reuni &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Impor daftar anggota…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>Salinan &amp;cadangan…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>&amp;E-mail settings…</source>
        <translation>Pengaturan &amp;email…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About SSC Desktop</source>
        <translation>&amp;Tentang SSC Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Tidak dapat membuka database</translation>
    </message>
    <message>
        <source>Database: %1 (read-only: open in another SSC Desktop)</source>
        <translation>Database: %1 (hanya-baca: terbuka di SSC Desktop lain)</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only)</source>
        <translation>%1 — %2 (hanya-baca)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Database ditingkatkan</translation>
    </message>
    <message>
        <source>This database held %1 doubled check-in(s) from an older version (the same person checked in twice at once). Each person now has one check-in per list, the earliest of their stay; the others are kept, marked undone.</source>
        <translation>Database ini memuat %1 check-in ganda dari versi lama (orang yang sama tercatat check-in dua kali bersamaan). Kini setiap orang hanya memiliki satu check-in per daftar, yaitu yang paling awal selama kunjungannya; yang lain tetap disimpan, ditandai sebagai diurungkan.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Database baru</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Buka database</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Database bersama</translation>
    </message>
    <message>
        <source>PostgreSQL address shared by the laptops at the venue:</source>
        <translation>Alamat PostgreSQL yang dipakai bersama oleh laptop-laptop di lokasi acara:</translation>
    </message>
    <message>
        <source>Cannot create the demo reunion</source>
        <translation>Tidak dapat membuat reuni demo</translation>
    </message>
    <message>
        <source>Demo reunion created.</source>
        <translation>Reuni demo dibuat.</translation>
    </message>
    <message>
        <source>Demo reunion opened as you left it.</source>
        <translation>Reuni demo dibuka seperti saat Anda tinggalkan.</translation>
    </message>
    <message>
        <source>Demo reunion</source>
        <translation>Reuni demo</translation>
    </message>
    <message>
        <source>There is a demo reunion from before, with what you did in it. Open it as you left it, or start the demo anew (what you did in it is then forgotten)?</source>
        <translation>Ada reuni demo dari sebelumnya, beserta apa yang sudah Anda lakukan di dalamnya. Buka seperti saat Anda tinggalkan, atau mulai demo dari awal (apa yang sudah Anda lakukan akan dilupakan)?</translation>
    </message>
    <message>
        <source>Open as I left it</source>
        <translation>Buka seperti terakhir</translation>
    </message>
    <message>
        <source>Start anew</source>
        <translation>Mulai dari awal</translation>
    </message>
    <message>
        <source>Roster imported: %1 members added or updated.</source>
        <translation>Daftar anggota diimpor: %1 anggota ditambahkan atau diperbarui.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Ditulis: %1</translation>
    </message>
    <message>
        <source>Tickets e-mailed: %1</source>
        <translation>Tiket dikirim lewat email: %1</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Salinan cadangan</translation>
    </message>
    <message>
        <source>Writing backup copy…</source>
        <translation>Menulis salinan cadangan…</translation>
    </message>
    <message>
        <source>Backup copy written to %1</source>
        <translation>Salinan cadangan ditulis ke %1</translation>
    </message>
    <message>
        <source>Backup copy failed</source>
        <translation>Salinan cadangan gagal</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Tidak ada database terbaru</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Kosongkan daftar</translation>
    </message>
    <message>
        <source>%1 members · %2 events</source>
        <translation>%1 anggota · %2 acara</translation>
    </message>
    <message>
        <source>No events yet — create one on the Events page.</source>
        <translation>Belum ada acara — buat di halaman Acara.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Periksa kolom</translation>
    </message>
    <message>
        <source>Each column goes to the member field chosen in the first row. Fix any that are wrong; the mapping is remembered for files with the same headers.</source>
        <translation>Setiap kolom masuk ke data anggota yang dipilih di baris pertama. Perbaiki yang salah; pemetaan ini diingat untuk file dengan header yang sama.</translation>
    </message>
    <message>
        <source>Header row: </source>
        <translation>Baris header: </translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>kept in the notes: %1</source>
        <translation>disimpan di catatan: %1</translation>
    </message>
    <message>
        <source>Combined: %1</source>
        <translation>Digabung: %1</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>Semua kolom diimpor.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>Not imported (%1 columns): %2. Choose “Keep in the notes” to keep one.</source>
        <translation>Tidak diimpor (%1 kolom): %2. Pilih “Simpan di catatan” untuk menyimpan salah satunya.</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>Lembar: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>lembar %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>koma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>garis tegak</translation>
    </message>
    <message>
        <source>%1, separated by %2</source>
        <translation>%1, dipisahkan dengan %2</translation>
    </message>
    <message>
        <source>headers on row %1</source>
        <translation>header di baris %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;mapping remembered from an earlier import&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;pemetaan diingat dari impor sebelumnya&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Hidden characters that can change how a name shows will be taken out (ZWJ and ZWNJ, which are spelling, are kept): %1</source>
        <translation>Karakter tersembunyi yang dapat mengubah tampilan nama akan dihapus (ZWJ dan ZWNJ, yang merupakan bagian ejaan, tetap dipertahankan): %1</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliasi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>SSP visit</source>
        <translation>Kunjungan SSP</translation>
    </message>
    <message>
        <source>Host in Japan</source>
        <translation>Institusi tuan rumah di Jepang</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>%1 members selected: “Merge two members…” makes one record of two.</source>
        <translation>%1 anggota dipilih: “Gabungkan dua anggota…” menjadikan dua data satu.</translation>
    </message>
    <message>
        <source>%1 members selected.</source>
        <translation>%1 anggota dipilih.</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>Tidak ada anggota yang dipilih</translation>
    </message>
    <message>
        <source>Choose a row to see the member&apos;s details.</source>
        <translation>Pilih satu baris untuk melihat detail anggota.</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nama (Latin)</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>e.g. 2019</source>
        <translation>mis. 2019</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation>Tanpa chapter</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Choose a member</source>
        <translation>Pilih anggota</translation>
    </message>
    <message>
        <source>Type a name (any script), e-mail or affiliation…</source>
        <translation>Ketik nama (aksara apa pun), email, atau afiliasi…</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Cari anggota</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>Anggota yang ditemukan</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Tambah pembicara</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliasi</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Alumni from every chapter roster.</source>
        <translation>Alumni dari semua daftar anggota chapter.</translation>
    </message>
    <message>
        <source>Merge two members…</source>
        <translation>Gabungkan dua anggota…</translation>
    </message>
    <message>
        <source>Select two rows (Ctrl+click) that are the same person, then merge them.</source>
        <translation>Pilih dua baris (Ctrl+klik) yang merupakan orang yang sama, lalu gabungkan.</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Cari anggota</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation — typos are forgiven…</source>
        <translation>Cari nama dalam aksara apa pun, email, atau afiliasi — salah ketik dimaafkan…</translation>
    </message>
    <message>
        <source>A close match: the search words are spelt a little differently here.</source>
        <translation>Hampir cocok: kata pencarian dieja sedikit berbeda di sini.</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Edit anggota</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Gabungkan dengan…</translation>
    </message>
    <message>
        <source>This database has no members yet.

To look around first, open the demo reunion (File → Open the demo reunion).</source>
        <translation>Database ini belum memiliki anggota.

Untuk melihat-lihat dulu, buka reuni demo (File → Buka reuni demo).</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Memuat anggota…</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Semua chapter</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 anggota</translation>
    </message>
    <message>
        <source>%1 of %2 shown (%3 close matches)</source>
        <translation>%1 dari %2 ditampilkan (%3 hampir cocok)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 dari %2 ditampilkan</translation>
    </message>
</context>
<context>
    <name>MergeDesksDialog</name>
    <message>
        <source>Merge desks</source>
        <translation>Gabungkan meja</translation>
    </message>
    <message>
        <source>The check-ins, undos and check-outs of each desk file come into this database. Merging a file again changes nothing. When two desks let the same person in, the earlier check-in stands and both are listed below. Desks may keep scanning meanwhile.</source>
        <translation>Check-in, pembatalan, dan check-out dari setiap file meja masuk ke database ini. Menggabungkan file yang sama lagi tidak mengubah apa pun. Jika dua meja sama-sama mencatat check-in orang yang sama, check-in yang lebih awal yang berlaku dan keduanya tercantum di bawah. Meja boleh tetap memindai selama proses ini.</translation>
    </message>
    <message>
        <source>Desk files to merge</source>
        <translation>File meja yang akan digabungkan</translation>
    </message>
    <message>
        <source>Add desk files…</source>
        <translation>Tambah file meja…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <source>Desk file</source>
        <translation>File meja</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Undos</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>Check-outs</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>What each desk file brought</source>
        <translation>Yang dibawa setiap file meja</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Stands</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Diurungkan</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Desk files</source>
        <translation>File meja</translation>
    </message>
    <message>
        <source>Merging the desks&apos; check-ins…</source>
        <translation>Menggabungkan check-in dari meja…</translation>
    </message>
    <message>
        <source>Cancelled. What was merged stays merged; merging again finishes the rest.</source>
        <translation>Dibatalkan. Yang sudah digabungkan tetap tergabung; menggabungkan lagi akan menyelesaikan sisanya.</translation>
    </message>
    <message>
        <source>%1 desk file(s) merged: %2 check-ins added, %3 conflict(s).</source>
        <translation>%1 file meja digabungkan: %2 check-in ditambahkan, %3 konflik.</translation>
    </message>
    <message>
        <source>The door</source>
        <translation>Pintu masuk</translation>
    </message>
    <message>
        <source>The merge stopped: %1</source>
        <translation>Penggabungan terhenti: %1</translation>
    </message>
</context>
<context>
    <name>MergeMembersDialog</name>
    <message>
        <source>Merge two member records</source>
        <translation>Gabungkan dua data anggota</translation>
    </message>
    <message>
        <source>These two records become one. Choose the record that stays, and for each field the value to keep. The other record&apos;s registrations, check-ins and programme slots move to the one that stays; then it is deleted. This cannot be undone.</source>
        <translation>Kedua data ini akan menjadi satu. Pilih data yang dipertahankan, dan untuk setiap kolom, nilai yang disimpan. Pendaftaran, check-in, dan slot program dari data yang lain dipindahkan ke data yang dipertahankan; lalu data itu dihapus. Tindakan ini tidak dapat diurungkan.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Data %1</translation>
    </message>
    <message>
        <source>Record that stays:</source>
        <translation>Data yang dipertahankan:</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nama (Latin)</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliasi</translation>
    </message>
    <message>
        <source>SSP visit</source>
        <translation>Kunjungan SSP</translation>
    </message>
    <message>
        <source>Host in Japan</source>
        <translation>Institusi tuan rumah di Jepang</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Record %1 stays; record %2 is deleted.</source>
        <translation>Data %1 dipertahankan; data %2 dihapus.</translation>
    </message>
    <message>
        <source>%1 registration(s) and %2 programme slot(s) move to record %3.</source>
        <translation>%1 pendaftaran dan %2 slot program dipindahkan ke data %3.</translation>
    </message>
    <message>
        <source>Both are registered for %1 event(s): the better registration stays there (registered before waitlisted before cancelled) and keeps the check-ins of both.</source>
        <translation>Keduanya terdaftar di %1 acara: pendaftaran yang lebih baik tetap di sana (terdaftar lebih diutamakan daripada daftar tunggu, daftar tunggu daripada dibatalkan) dan menyimpan check-in keduanya.</translation>
    </message>
    <message>
        <source>Taken from record %1: %2.</source>
        <translation>Diambil dari data %1: %2.</translation>
    </message>
</context>
<context>
    <name>OnlineMatchingDialog</name>
    <message>
        <source>Match online participants</source>
        <translation>Cocokkan peserta online</translation>
    </message>
    <message>
        <source>These people joined online but could not be matched to a registration by e-mail or name. Choose who each one is.</source>
        <translation>Orang-orang ini bergabung secara online tetapi tidak dapat dicocokkan dengan pendaftaran berdasarkan email atau nama. Pilih siapa masing-masing orang.</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>Nama di laporan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Time online</source>
        <translation>Waktu online</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>Online names to match</source>
        <translation>Nama daring yang akan dicocokkan</translation>
    </message>
    <message>
        <source>Registered as:</source>
        <translation>Terdaftar sebagai:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Cocokkan</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Tidak terdaftar</translation>
    </message>
    <message>
        <source>%1 (%2% alike)</source>
        <translation>%1 (%2% mirip)</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 adalah %2.</translation>
    </message>
    <message>
        <source>%1 left out: not a registered person.</source>
        <translation>%1 tidak disertakan: bukan orang yang terdaftar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Sama dengan sistem (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>SSC Desktop will speak this language from its next start.</source>
        <translation>SSC Desktop akan memakai bahasa ini mulai dijalankan berikutnya.</translation>
    </message>
</context>
<context>
    <name>PrepareDeskDialog</name>
    <message>
        <source>Prepare desk</source>
        <translation>Siapkan meja</translation>
    </message>
    <message>
        <source>One file with “%1”: its registrations, people&apos;s names, ticket secret, check-in lists and desk notes. Another laptop opens it as its database and checks people in with no server; Merge desks… brings its check-ins back. The file holds personal data: it is locked with a passphrase — give the passphrase separately from the file.</source>
        <translation>Satu file berisi “%1”: pendaftarannya, nama orang-orang, rahasia tiket, daftar check-in, dan catatan meja. Laptop lain membukanya sebagai database dan melakukan check-in tanpa server; Gabungkan meja… mengembalikan check-in-nya. File ini berisi data pribadi: file dikunci dengan frasa sandi — berikan frasa sandi secara terpisah dari filenya.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>Desk file</source>
        <translation>File meja</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
    <message>
        <source>Writing the desk file…</source>
        <translation>Menulis file meja…</translation>
    </message>
    <message>
        <source>Cancelled: no desk file was written.</source>
        <translation>Dibatalkan: tidak ada file meja yang ditulis.</translation>
    </message>
    <message>
        <source>Written: %1 — %2 registrations, %3 check-ins, %4 check-in lists. On the desk laptop: open it with File → Open database… (or ssc-desktop --db FILE) and the passphrase.</source>
        <translation>Ditulis: %1 — %2 pendaftaran, %3 check-in, %4 daftar check-in. Di laptop meja: buka dengan File → Buka database… (atau ssc-desktop --db FILE) dan frasa sandinya.</translation>
    </message>
    <message>
        <source>No desk file was written: %1</source>
        <translation>Tidak ada file meja yang ditulis: %1</translation>
    </message>
</context>
<context>
    <name>PrintedWords</name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Halaman {page} dari {total}</translation>
    </message>
    <message>
        <source>Sign-in sheet — {title}</source>
        <translation>Lembar tanda tangan hadir — {title}</translation>
    </message>
    <message>
        <source>Sign-in sheet · {title} · {date}</source>
        <translation>Lembar tanda tangan hadir · {title} · {date}</translation>
    </message>
    <message>
        <source>{count} registered. Please sign beside your name.</source>
        <translation>{count} orang terdaftar. Silakan tanda tangan di samping nama Anda.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Chapter · affiliation</source>
        <translation>Chapter · afiliasi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Nobody is registered yet.</source>
        <translation>Belum ada yang terdaftar.</translation>
    </message>
    <message>
        <source>Agenda — {title}</source>
        <translation>Agenda — {title}</translation>
    </message>
    <message>
        <source>Venue: {venue}</source>
        <translation>Tempat: {venue}</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>Online: {link}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>No programme items yet.</source>
        <translation>Belum ada item program.</translation>
    </message>
    <message>
        <source>All times are local to the event ({zone}).</source>
        <translation>Semua waktu adalah waktu setempat acara ({zone}).</translation>
    </message>
    <message>
        <source>Reunion report — {title}</source>
        <translation>Laporan reuni — {title}</translation>
    </message>
    <message>
        <source>Reunion report · {title} · {date}</source>
        <translation>Laporan reuni · {title} · {date}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Di lokasi</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Tingkat kehadiran</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Arrivals per hour (local time)</source>
        <translation>Kedatangan per jam (waktu setempat)</translation>
    </message>
    <message>
        <source>Registered and attended by country</source>
        <translation>Terdaftar dan hadir menurut negara</translation>
    </message>
    <message>
        <source>Registered and attended by role</source>
        <translation>Terdaftar dan hadir menurut peran</translation>
    </message>
    <message>
        <source>No arrivals recorded.</source>
        <translation>Belum ada kedatangan yang tercatat.</translation>
    </message>
    <message>
        <source>Nobody registered yet.</source>
        <translation>Belum ada yang mendaftar.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>hadir</translation>
    </message>
    <message>
        <source>Parts of the day: {parts}</source>
        <translation>Bagian acara: {parts}</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Lomba</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Karya</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Pemenang</translation>
    </message>
    <message>
        <source>Contest winners</source>
        <translation>Pemenang lomba</translation>
    </message>
    <message>
        <source>Notes from the coordinator</source>
        <translation>Catatan dari koordinator</translation>
    </message>
    <message>
        <source>No programme items.</source>
        <translation>Tidak ada item program.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Menulis PDF</translation>
    </message>
    <message>
        <source>Results — {title}</source>
        <translation>Hasil — {title}</translation>
    </message>
    <message>
        <source>Final results</source>
        <translation>Hasil akhir</translation>
    </message>
    <message>
        <source>Provisional results (not yet locked)</source>
        <translation>Hasil sementara (belum dikunci)</translation>
    </message>
    <message>
        <source>{kind} contest · {status}</source>
        <translation>Lomba {kind} · {status}</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Tema: {theme}</translation>
    </message>
    <message>
        <source>Ranked by: {method}. Each judge&apos;s total is the weighted rubric score as a percentage; ties are broken by the stated order and entries still equal share a rank (=).</source>
        <translation>Diurutkan menurut: {method}. Total tiap juri adalah skor rubrik berbobot dalam persen; nilai seri ditentukan menurut urutan yang ditetapkan, dan karya yang tetap sama berbagi peringkat (=).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Semua karya</translation>
    </message>
    <message>
        <source>Remaining ties: {ties}</source>
        <translation>Nilai seri yang tersisa: {ties}</translation>
    </message>
    <message>
        <source>How these results were computed</source>
        <translation>Cara hasil ini dihitung</translation>
    </message>
    <message>
        <source>{heading}. {text}</source>
        <translation>{heading}. {text}</translation>
    </message>
    <message>
        <source>{name} × {weight} (out of {maximum})</source>
        <translation>{name} × {weight} (dari {maximum})</translation>
    </message>
    <message>
        <source>A judge&apos;s total</source>
        <translation>Total dari seorang juri</translation>
    </message>
    <message>
        <source>For each entry, each judge&apos;s total is the weighted share of the best possible sheet: every score is divided by its criterion&apos;s maximum, multiplied by the criterion&apos;s weight, the products are added up, divided by the sum of the weights ({weight_sum}) and multiplied by 100. The criteria and weights: {weights}. Only complete sheets count: a judge who left any criterion empty for an entry gives it no total.</source>
        <translation>Untuk setiap karya, total tiap juri adalah bagian berbobot dari lembar nilai terbaik yang mungkin: setiap skor dibagi dengan nilai maksimum kriterianya, dikalikan dengan bobot kriteria tersebut, hasil kalinya dijumlahkan, dibagi dengan jumlah bobot ({weight_sum}) lalu dikalikan 100. Kriteria dan bobotnya: {weights}. Hanya lembar nilai yang lengkap yang dihitung: juri yang mengosongkan salah satu kriteria untuk sebuah karya tidak memberi karya itu total.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>The mean of an entry is the plain average of its judges&apos; totals.</source>
        <translation>Rata-rata sebuah karya adalah rata-rata biasa dari total para jurinya.</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>Dinormalisasi</translation>
    </message>
    <message>
        <source>A harsh judge and a lenient one should weigh the same. So each judge&apos;s totals are turned into z-scores over that judge&apos;s own entries: minus that judge&apos;s mean, divided by that judge&apos;s population standard deviation (dividing by the number of entries, not one less). Each z-score is shown as {mean} + {sd} × z, so a judge&apos;s average entry gets {mean} and one standard deviation is {sd} points ({mean} ± {sd}). A judge with fewer than two entries, or who gave every entry the same total, gives {mean}. An entry&apos;s normalized total is the mean of its judges&apos; normalized totals.</source>
        <translation>Juri yang ketat dan juri yang murah hati seharusnya berbobot sama. Karena itu total tiap juri diubah menjadi skor z atas karya-karya yang dinilai juri itu sendiri: dikurangi rata-rata juri tersebut, lalu dibagi simpangan baku populasi juri tersebut (dibagi dengan jumlah karya, bukan jumlah karya dikurangi satu). Setiap skor z ditampilkan sebagai {mean} + {sd} × z, sehingga karya rata-rata seorang juri mendapat {mean} dan satu simpangan baku sama dengan {sd} poin ({mean} ± {sd}). Juri dengan kurang dari dua karya, atau yang memberi semua karya total yang sama, memberi {mean}. Total ternormalisasi sebuah karya adalah rata-rata total ternormalisasi dari para jurinya.</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Rata-rata terpangkas</translation>
    </message>
    <message>
        <source>With {judges} or more judges on an entry, its highest and its lowest total are dropped and the rest averaged; with fewer judges the trimmed mean equals the mean.</source>
        <translation>Jika sebuah karya dinilai {judges} juri atau lebih, total tertinggi dan terendahnya dibuang lalu sisanya dirata-ratakan; dengan juri yang lebih sedikit, rata-rata terpangkas sama dengan rata-rata.</translation>
    </message>
    <message>
        <source>Ranking and ties</source>
        <translation>Peringkat dan nilai seri</translation>
    </message>
    <message>
        <source>These results are ranked by the {method}, within each category. Entries with equal totals (compared to 6 decimals) are ordered by their mean score on “{criterion}”, then the number of judges who scored them (more first). Entries still equal after that share a rank, marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.</source>
        <translation>Hasil ini diperingkat menurut {method}, di dalam setiap kategori. Karya dengan total yang sama (dibandingkan hingga 6 desimal) diurutkan menurut skor rata-ratanya pada “{criterion}”, lalu menurut jumlah juri yang menilainya (yang lebih banyak lebih dulu). Karya yang masih sama setelah itu berbagi peringkat, ditandai “=”, dan peringkat berikutnya dilewati (1, 1, 3). Karya yang belum selesai dinilai oleh juri mana pun dicantumkan tanpa peringkat.</translation>
    </message>
    <message>
        <source>These results are ranked by the {method}, within each category. Entries with equal totals (compared to 6 decimals) are ordered by the number of judges who scored them (more first). Entries still equal after that share a rank, marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.</source>
        <translation>Hasil ini diperingkat menurut {method}, di dalam setiap kategori. Karya dengan total yang sama (dibandingkan hingga 6 desimal) diurutkan menurut jumlah juri yang menilainya (yang lebih banyak lebih dulu). Karya yang masih sama setelah itu berbagi peringkat, ditandai “=”, dan peringkat berikutnya dilewati (1, 1, 3). Karya yang belum selesai dinilai oleh juri mana pun dicantumkan tanpa peringkat.</translation>
    </message>
    <message>
        <source>Worked example: {code}</source>
        <translation>Contoh perhitungan: {code}</translation>
    </message>
    <message>
        <source>{code} was scored by {judges} judge(s), whose totals were {totals}: mean {mean}. Normalized per judge: {normalized}; their mean {normalized_mean}. Trimmed mean {trimmed}. Ranked by the {method}: {total}, rank {rank} in {category}.</source>
        <translation>{code} dinilai oleh {judges} juri, dengan total {totals}: rata-rata {mean}. Dinormalisasi per juri: {normalized}; rata-ratanya {normalized_mean}. Rata-rata terpangkas {trimmed}. Diperingkat menurut {method}: {total}, peringkat {rank} di {category}.</translation>
    </message>
    <message>
        <source>its category</source>
        <translation>kategorinya</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Sementara</translation>
    </message>
    <message>
        <source>The contest is not locked: scores may still change.</source>
        <translation>Lomba belum dikunci: skor masih bisa berubah.</translation>
    </message>
    <message>
        <source>This certificate is presented to</source>
        <translation>Sertifikat ini diberikan kepada</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Badges — {title}</source>
        <translation>Tanda pengenal — {title}</translation>
    </message>
    <message>
        <source>Ticket — {title} — {name}</source>
        <translation>Tiket — {title} — {name}</translation>
    </message>
    <message>
        <source>Ticket · {chapter}</source>
        <translation>Tiket · {chapter}</translation>
    </message>
    <message>
        <source>Show this code at the door: on your phone or printed. It is yours alone.</source>
        <translation>Tunjukkan kode ini di pintu masuk, di ponsel atau dalam bentuk cetak. Kode ini hanya untuk Anda.</translation>
    </message>
    <message>
        <source>A new ticket replaces this one.</source>
        <translation>Tiket baru akan menggantikan tiket ini.</translation>
    </message>
    <message>
        <source>Judges&apos; phone cards — {title}</source>
        <translation>Kartu ponsel juri — {title}</translation>
    </message>
    <message>
        <source>Scan with your phone, then type your PIN.</source>
        <translation>Pindai dengan ponsel Anda, lalu ketik PIN Anda.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Agu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Des</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Edit item program</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Item program baru</translation>
    </message>
    <message>
        <source>e.g. Opening keynote</source>
        <translation>mis. Pidato utama pembukaan</translation>
    </message>
    <message>
        <source>Room or track</source>
        <translation>Ruang atau jalur</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Mulai pukul</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Selesai pukul</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Tambah anggota…</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>Tambah tamu…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Room or track:</source>
        <translation>Ruang atau jalur:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Deskripsi:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Pembicara:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tambah item</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (tamu)</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>The day of the chosen event: talks, breaks and rooms.</source>
        <translation>Hari acara yang dipilih: sesi, jeda, dan ruangan.</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Tambah item…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikasi</translation>
    </message>
    <message>
        <source>A copy placed right after the item, in the same room (Ctrl+D)</source>
        <translation>Salinan yang ditempatkan tepat setelah item ini, di ruang yang sama (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Ekspor Excel…</translation>
    </message>
    <message>
        <source>Programme items</source>
        <translation>Butir program</translation>
    </message>
    <message>
        <source>No items yet. Add the first one with “Add item…”.</source>
        <translation>Belum ada item. Tambahkan yang pertama dengan “Tambah item…”.</translation>
    </message>
    <message>
        <source>Programme warnings</source>
        <translation>Peringatan program</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>%1 — times in %2</source>
        <translation>%1 — waktu dalam %2</translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation>Pilih atau buat acara terlebih dahulu.</translation>
    </message>
    <message>
        <source>No clashes: every room and speaker is in one place at a time.</source>
        <translation>Tidak ada bentrok: setiap ruang dan pembicara hanya di satu tempat pada satu waktu.</translation>
    </message>
    <message>
        <source>%1 warnings — click one to see the item</source>
        <translation>%1 peringatan — klik salah satunya untuk melihat itemnya</translation>
    </message>
    <message>
        <source>1 warning — click it to see the item</source>
        <translation>1 peringatan — klik untuk melihat itemnya</translation>
    </message>
    <message>
        <source>Cannot duplicate the item</source>
        <translation>Tidak dapat menduplikasi item</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Hapus item</translation>
    </message>
    <message>
        <source>Delete “%1” from the programme?</source>
        <translation>Hapus “%1” dari program?</translation>
    </message>
    <message>
        <source>Cannot delete the item</source>
        <translation>Tidak dapat menghapus item</translation>
    </message>
    <message>
        <source>PDF agenda (*.pdf)</source>
        <translation>Agenda PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Ekspor agenda</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Agenda written to %1</source>
        <translation>Agenda ditulis ke %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada file yang ditulis.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
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
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>RegisterMembersDialog</name>
    <message>
        <source>Register members — %1</source>
        <translation>Daftarkan anggota — %1</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation…</source>
        <translation>Cari nama dalam aksara apa pun, email, atau afiliasi…</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Semua chapter</translation>
    </message>
    <message>
        <source>Hide those registered already</source>
        <translation>Sembunyikan yang sudah terdaftar</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Pilih semua yang tampil</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Batalkan pilihan</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>Sign-ups closed on %1: register them all the same</source>
        <translation>Pendaftaran ditutup pada %1: tetap daftarkan semuanya</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Memuat anggota…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Cari anggota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>SSP visit year</source>
        <translation>Tahun kunjungan SSP</translation>
    </message>
    <message>
        <source>Members to register</source>
        <translation>Anggota yang akan didaftarkan</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliasi</translation>
    </message>
    <message>
        <source>For this event</source>
        <translation>Untuk acara ini</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>Any visit year</source>
        <translation>Tahun kunjungan apa pun</translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>%1 dari %2 anggota ditampilkan</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>Daftarkan %1</translation>
    </message>
    <message>
        <source>No limit on places</source>
        <translation>Tempat tidak terbatas</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>%1 dari %2 tempat tersedia</translation>
    </message>
    <message>
        <source>%1 will join the waitlist</source>
        <translation>%1 akan masuk daftar tunggu</translation>
    </message>
    <message>
        <source>Registered %1, waitlisted %2.</source>
        <translation>%1 terdaftar, %2 masuk daftar tunggu.</translation>
    </message>
    <message>
        <source>%1 had a registration already.</source>
        <translation>%1 sudah memiliki pendaftaran.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Registrations</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Register members…</source>
        <translation>Daftarkan anggota…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>di daftar tunggu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>sudah check-in</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>Cari pendaftaran</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation…</source>
        <translation>Cari nama dalam aksara apa pun, email, atau afiliasi…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Semua peran</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Batalkan pendaftaran</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Undo the cancellation: back to a place if one is free, else to the end of the waitlist.</source>
        <translation>Urungkan pembatalan: kembali mendapat tempat jika masih ada, jika tidak, masuk ke urutan terakhir daftar tunggu.</translation>
    </message>
    <message>
        <source>Desk note…</source>
        <translation>Catatan meja…</translation>
    </message>
    <message>
        <source>What the check-in desk must do for this person; shown when they check in.</source>
        <translation>Apa yang harus dilakukan meja check-in untuk orang ini; ditampilkan saat ia check-in.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Terdaftar pada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Sudah check-in</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliasi</translation>
    </message>
    <message>
        <source>Desk note</source>
        <translation>Catatan meja</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to see who is coming.</source>
        <translation>Pilih acara di bilah atas untuk melihat siapa yang akan datang.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>sign-ups close %1</source>
        <translation>pendaftaran ditutup %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>No event is chosen. Create one on the Events page, then pick it in the bar above.</source>
        <translation>Belum ada acara yang dipilih. Buat acara di halaman Acara, lalu pilih di bilah atas.</translation>
    </message>
    <message>
        <source>No one is registered for this event yet.

“Register members…” signs people up from the roster; “Walk-in…” adds a person at the desk.</source>
        <translation>Belum ada yang terdaftar untuk acara ini.

“Daftarkan anggota…” mendaftarkan orang dari daftar anggota; “Walk-in…” menambahkan orang di meja.</translation>
    </message>
    <message>
        <source>Over capacity by %1</source>
        <translation>Melebihi kapasitas sebanyak %1</translation>
    </message>
    <message>
        <source>%1 places free</source>
        <translation>%1 tempat tersedia</translation>
    </message>
    <message>
        <source>Full: new sign-ups join the waitlist</source>
        <translation>Penuh: pendaftar baru masuk daftar tunggu</translation>
    </message>
    <message>
        <source>No limit on places</source>
        <translation>Tempat tidak terbatas</translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation>(+%1 menunggu)</translation>
    </message>
    <message>
        <source>%1 registrations</source>
        <translation>%1 pendaftaran</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 dari %2 ditampilkan</translation>
    </message>
    <message>
        <source>Undo the check-in at the desk first.</source>
        <translation>Urungkan dulu check-in-nya di meja.</translation>
    </message>
    <message>
        <source>Cancel the registration of %1?</source>
        <translation>Batalkan pendaftaran %1?</translation>
    </message>
    <message>
        <source>The first person on the waitlist gets the place.</source>
        <translation>Orang pertama di daftar tunggu akan mendapat tempatnya.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Dibatalkan: %1.</translation>
    </message>
    <message>
        <source>Promoted from the waitlist: %1.</source>
        <translation>Naik dari daftar tunggu: %1.</translation>
    </message>
    <message>
        <source>Restored: %1 has a place again.</source>
        <translation>Dipulihkan: %1 mendapat tempat lagi.</translation>
    </message>
    <message>
        <source>The event is full: %1 is back on the waitlist, at the end.</source>
        <translation>Acara sudah penuh: %1 kembali ke daftar tunggu, di urutan terakhir.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 sekarang: %2.</translation>
    </message>
    <message>
        <source>Desk note for %1 saved.</source>
        <translation>Catatan meja untuk %1 disimpan.</translation>
    </message>
    <message>
        <source>Desk note for %1 cleared.</source>
        <translation>Catatan meja untuk %1 dihapus.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>SSC Desktop backs this database up when it opens it, before each upgrade and every 10 minutes while an event is under way; it keeps the last 20 and one a day for 30 days. Restoring one puts it in place of the database; the database as it is now is backed up first, so a restore can be undone.</source>
        <translation>SSC Desktop mencadangkan database ini saat membukanya, sebelum setiap peningkatan, dan setiap 10 menit selama acara berlangsung; aplikasi menyimpan 20 cadangan terakhir dan satu per hari selama 30 hari. Memulihkan sebuah cadangan akan menggantikan database dengannya; database dalam kondisi saat ini dicadangkan terlebih dahulu, sehingga pemulihan dapat diurungkan.</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>Disimpan di: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Skema</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Membaca cadangan…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>dibuka</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>sebelum peningkatan</translation>
    </message>
    <message>
        <source>every 10 minutes (event under way)</source>
        <translation>setiap 10 menit (acara berlangsung)</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>dicadangkan manual</translation>
    </message>
    <message>
        <source>%1 backup(s).</source>
        <translation>%1 cadangan.</translation>
    </message>
    <message>
        <source>No backups yet: the first is taken when SSC Desktop opens the database.</source>
        <translation>Belum ada cadangan: cadangan pertama dibuat saat SSC Desktop membuka database.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Mencadangkan</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Mencadangkan database…</translation>
    </message>
    <message>
        <source>Put the backup of %1 (%2 members, %3 registrations, %4 check-ins) in place of the database?

The database as it is now is backed up first, so you can come back to it.</source>
        <translation>Gantikan database dengan cadangan %1 (%2 anggota, %3 pendaftaran, %4 check-in)?

Database dalam kondisi saat ini dicadangkan terlebih dahulu, sehingga Anda dapat kembali ke kondisi tersebut.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Memulihkan</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Memulihkan cadangan %1…</translation>
    </message>
    <message>
        <source>Cancelled: the database was not changed.</source>
        <translation>Dibatalkan: database tidak diubah.</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Name (Latin letters)</source>
        <translation>Nama (huruf Latin)</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nama dalam aksara asli</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>Cara baca (kana)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>Negara / wilayah</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliasi</translation>
    </message>
    <message>
        <source>Visit year</source>
        <translation>Tahun kunjungan</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Institusi tuan rumah</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Nama tengah</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <source>Keep in the notes</source>
        <translation>Simpan di catatan</translation>
    </message>
    <message>
        <source>+ %1 (joined with the other column)</source>
        <translation>+ %1 (digabung dengan kolom lain)</translation>
    </message>
    <message>
        <source>Update the member</source>
        <translation>Perbarui anggota</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Lewati baris</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Simpan keduanya</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Impor sebagai</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct the value</source>
        <translation>Klik dua kali atau tekan F2 untuk memperbaiki nilai</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Kecualikan</translation>
    </message>
    <message>
        <source>Leave this row out of the import</source>
        <translation>Kecualikan baris ini dari impor</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Impor daftar anggota</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The import stopped: %1 Nothing was changed.</source>
        <translation>Impor terhenti: %1 Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Impor dibatalkan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <source>Rubric — %1</source>
        <translation>Rubrik — %1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Terendah</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Tertinggi</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Guide (level: meaning; level: meaning)</source>
        <translation>Panduan (tingkat: arti; tingkat: arti)</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Tambah kriteria</translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation>Hapus yang terakhir</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a certificate</source>
        <translation>Pindai sertifikat</translation>
    </message>
    <message>
        <source>Hold the certificate&apos;s QR code up to the camera.</source>
        <translation>Arahkan kode QR sertifikat ke kamera.</translation>
    </message>
    <message>
        <source>No camera found. Type the certificate&apos;s number, or paste its QR text, into the Verify box.</source>
        <translation>Kamera tidak ditemukan. Ketik nomor sertifikat, atau tempel teks QR-nya, ke kotak Verifikasi.</translation>
    </message>
</context>
<context>
    <name>ScannerLayoutHint</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 atau %2</translation>
    </message>
    <message>
        <source>This scanner&apos;s keys are being typed as Japanese kana: the input method on this laptop is in kana mode. Switch it to direct input (英数 / alphanumeric) while scanning; codes are being corrected meanwhile.</source>
        <translation>Ketikan pemindai ini terbaca sebagai kana Jepang: metode input di laptop ini sedang dalam mode kana. Ubah ke input langsung (英数 / alfanumerik) selama memindai; sementara itu kode dikoreksi otomatis.</translation>
    </message>
    <message>
        <source>This scanner types as a US keyboard but this laptop uses %1. Set the scanner to the %2 layout (see its manual: keyboard country / language barcode) or switch the laptop to US English; codes are being corrected meanwhile.</source>
        <translation>Pemindai ini mengetik seperti keyboard US, tetapi laptop ini memakai %1. Atur pemindai ke tata letak %2 (lihat manualnya: barcode keyboard country / language) atau ubah laptop ke US English; sementara itu kode dikoreksi otomatis.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Mengerti</translation>
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
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Lomba</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>Pengaturan email</translation>
    </message>
    <message>
        <source>e.g. smtp.gmail.com</source>
        <translation>mis. smtp.gmail.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (biasanya port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (biasanya port 465)</translation>
    </message>
    <message>
        <source>None — unencrypted (local relays only)</source>
        <translation>Tidak ada — tanpa enkripsi (hanya relay lokal)</translation>
    </message>
    <message>
        <source>e.g. reunion@ssc-india.org</source>
        <translation>mis. reunion@ssc-india.org</translation>
    </message>
    <message>
        <source>e.g. SSC India (the chapter&apos;s name if empty)</source>
        <translation>mis. SSC India (nama chapter jika kosong)</translation>
    </message>
    <message>
        <source>Test to</source>
        <translation>Uji ke</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Kirim email uji</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Keamanan:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>Alamat pengirim:</translation>
    </message>
    <message>
        <source>From name:</source>
        <translation>Nama pengirim:</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>Uji ke:</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring (%1), not in the database: each laptop that sends e-mail has it typed once.</source>
        <translation>Kata sandi disimpan di keyring komputer ini (%1), bukan di database: setiap laptop yang mengirim email perlu mengetiknya sekali.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password an older version saved is still in the database, where every desk can read it. Save to take it out: it is then kept only until SSC Desktop closes.</source>
        <translation>Komputer ini tidak memiliki keyring, jadi kata sandi yang disimpan oleh versi lama masih ada di database, tempat setiap meja dapat membacanya. Simpan untuk mengeluarkannya: setelah itu kata sandi hanya disimpan sampai SSC Desktop ditutup.</translation>
    </message>
    <message>
        <source>This computer has no keyring (on Linux: no Secret Service such as GNOME Keyring or KWallet), so the password is kept only in memory until SSC Desktop closes, never in the database. Type it again next time.</source>
        <translation>Komputer ini tidak memiliki keyring (di Linux: tidak ada Secret Service seperti GNOME Keyring atau KWallet), jadi kata sandi hanya disimpan di memori sampai SSC Desktop ditutup, tidak pernah di database. Ketik lagi lain kali.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Mengirim pesan uji…</translation>
    </message>
    <message>
        <source>Sent a test message to %1. Check that it arrived.</source>
        <translation>Pesan uji terkirim ke %1. Periksa apakah sudah diterima.</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <source>Station:</source>
        <translation>Pos:</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Nama meja</translation>
    </message>
    <message>
        <source>Checking into:</source>
        <translation>Check-in ke:</translation>
    </message>
    <message>
        <source>Checking into</source>
        <translation>Check-in ke</translation>
    </message>
    <message>
        <source>Lists…</source>
        <translation>Daftar…</translation>
    </message>
    <message>
        <source>Add, rename or delete the parts of the day people check into</source>
        <translation>Tambah, ganti nama, atau hapus bagian acara yang perlu check-in</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Urungkan terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Keluar (Esc)</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>Walk-in (F2)</translation>
    </message>
    <message>
        <source>Camera on or off (F3)</source>
        <translation>Kamera nyala atau mati (F3)</translation>
    </message>
    <message>
        <source>Check-in lists (F4)</source>
        <translation>Daftar check-in (F4)</translation>
    </message>
</context>
<context>
    <name>StationLists</name>
    <message>
        <source>The door (whole event)</source>
        <translation>Pintu masuk (seluruh acara)</translation>
    </message>
</context>
<context>
    <name>StationServerLink</name>
    <message>
        <source>This desk has no local copy of the event yet: if the server is lost, check-ins stop until it is back.</source>
        <translation>Meja ini belum memiliki salinan lokal acara: jika koneksi ke server hilang, check-in terhenti sampai server kembali.</translation>
    </message>
    <message>
        <source>The server is out of reach: working from the local copy, %1 check-in(s) waiting. Keep scanning; they are sent when the server is back.</source>
        <translation>Server tidak terjangkau: bekerja dari salinan lokal, %1 check-in menunggu. Terus pindai; check-in akan dikirim saat server kembali.</translation>
    </message>
    <message>
        <source>The server is back: %1 check-in(s) made from the local copy were sent.</source>
        <translation>Server sudah kembali: %1 check-in yang dibuat dari salinan lokal telah dikirim.</translation>
    </message>
    <message>
        <source>%1 person(s) were also checked in at another desk meanwhile; the earlier check-in stands: %2</source>
        <translation>%1 orang juga sudah check-in di meja lain sementara itu; check-in yang lebih awal yang berlaku: %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> dan %1 lainnya</translation>
    </message>
</context>
<context>
    <name>StationSide</name>
    <message>
        <source>Search by name</source>
        <translation>Cari menurut nama</translation>
    </message>
    <message>
        <source>No code? Type a name in any script…</source>
        <translation>Tidak ada kode? Ketik nama dalam aksara apa pun…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Aksara asli</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Pintu</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Orang yang ditemukan</translation>
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
        <translation>Catatan meja…</translation>
    </message>
    <message>
        <source>Leave a note the desk sees when this person checks in.</source>
        <translation>Tinggalkan catatan yang dilihat meja saat orang ini check-in.</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>keluar %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>masuk %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Roster imported</source>
        <translation>Daftar anggota diimpor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; imported into &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; diimpor ke &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Members added&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Anggota ditambahkan&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Members updated&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Anggota diperbarui&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Duplicates skipped&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Duplikat dilewati&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows left out by you&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Baris yang Anda kecualikan&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows corrected here&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Baris yang diperbaiki di sini&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows left out for errors&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Baris dikecualikan karena kesalahan&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No room</source>
        <translation>Tanpa ruang</translation>
    </message>
    <message>
        <source>No event chosen</source>
        <translation>Belum ada acara yang dipilih</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Hasil</translation>
    </message>
</context>
<context>
    <name>VerifyBox</name>
    <message>
        <source>Certificate number or QR text to verify</source>
        <translation>Nomor sertifikat atau teks QR untuk diverifikasi</translation>
    </message>
    <message>
        <source>A certificate number (e.g. SSC-2026-ISCA-000123-K7QX), or the text of its QR code pasted here</source>
        <translation>Nomor sertifikat (mis. SSC-2026-ISCA-000123-K7QX), atau teks kode QR-nya ditempel di sini</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Scan with webcam…</source>
        <translation>Pindai dengan webcam…</translation>
    </message>
    <message>
        <source>Genuine, signature checked: %1 certificate for %2 (%3), %4, issued %5.</source>
        <translation>Asli, tanda tangan digital sudah diperiksa: sertifikat %1 untuk %2 (%3), %4, diterbitkan %5.</translation>
    </message>
    <message>
        <source>Genuine: %1 certificate for %2 (%3), %4, issued %5.</source>
        <translation>Asli: sertifikat %1 untuk %2 (%3), %4, diterbitkan %5.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <source>&amp;Page list</source>
        <translation>Daftar &amp;halaman</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Kontras tinggi</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Face to face</source>
        <translation>Tatap muka</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hibrida</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Panitia</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Daftar tunggu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Pidato utama</translation>
    </message>
    <message>
        <source>Alumni talk</source>
        <translation>Bincang alumni</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Diskusi panel</translation>
    </message>
    <message>
        <source>Job-hunting seminar</source>
        <translation>Seminar pencarian kerja</translation>
    </message>
    <message>
        <source>Poster session</source>
        <translation>Sesi poster</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Lomba</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
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
        <translation>Esai</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Kontribusi</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Partisipasi</translation>
    </message>
    <message>
        <source>Contest awards</source>
        <translation>Penghargaan lomba</translation>
    </message>
    <message>
        <source>1st prize</source>
        <translation>Juara 1</translation>
    </message>
    <message>
        <source>2nd prize</source>
        <translation>Juara 2</translation>
    </message>
    <message>
        <source>3rd prize</source>
        <translation>Juara 3</translation>
    </message>
    <message>
        <source>Honourable mention</source>
        <translation>Juara harapan</translation>
    </message>
    <message>
        <source>Mean of judges</source>
        <translation>Rata-rata juri</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>Dinormalisasi (skor z)</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Rata-rata terpangkas</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in — %1</source>
        <translation>Walk-in — %1</translation>
    </message>
    <message>
        <source>Name in Latin letters, e.g. Priya Kulkarni</source>
        <translation>Nama dalam huruf Latin, mis. Priya Kulkarni</translation>
    </message>
    <message>
        <source>Name in their own script, e.g. प्रिया कुलकर्णी</source>
        <translation>Nama dalam aksara aslinya, mis. प्रिया कुलकर्णी</translation>
    </message>
    <message>
        <source>Finds the person if they are in the roster already</source>
        <translation>Menemukan orangnya jika sudah ada di daftar anggota</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation>Tanpa chapter</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Check them in now</source>
        <translation>Langsung check-in sekarang</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Own script:</source>
        <translation>Aksara asli:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>Affiliation:</source>
        <translation>Afiliasi:</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>Chapter:</translation>
    </message>
    <message>
        <source>SSP visit year:</source>
        <translation>Tahun kunjungan SSP:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>The event is full. A walk-in is registered all the same, over the capacity.</source>
        <translation>Acara sudah penuh. Walk-in tetap didaftarkan, melebihi kapasitas.</translation>
    </message>
    <message>
        <source>Walk-ins are registered even after the sign-up deadline.</source>
        <translation>Walk-in tetap didaftarkan meskipun sudah lewat batas waktu pendaftaran.</translation>
    </message>
    <message>
        <source>Register walk-in</source>
        <translation>Daftarkan walk-in</translation>
    </message>
    <message>
        <source>Walk-in registered and checked in: %1.</source>
        <translation>Walk-in terdaftar dan sudah check-in: %1.</translation>
    </message>
    <message>
        <source>Walk-in registered: %1.</source>
        <translation>Walk-in terdaftar: %1.</translation>
    </message>
    <message>
        <source>They were in the roster already.</source>
        <translation>Orang tersebut sudah ada di daftar anggota.</translation>
    </message>
    <message>
        <source>The event is now over capacity.</source>
        <translation>Acara sekarang melebihi kapasitas.</translation>
    </message>
</context>
<context>
    <name>_ChapterPage</name>
    <message>
        <source>Your chapter</source>
        <translation>Chapter Anda</translation>
    </message>
    <message>
        <source>The SSC chapter whose reunions you run.</source>
        <translation>Chapter SSC yang reuninya Anda jalankan.</translation>
    </message>
    <message>
        <source>&amp;Chapter:</source>
        <translation>&amp;Chapter:</translation>
    </message>
    <message>
        <source>Pick one, or type your chapter&apos;s name</source>
        <translation>Pilih salah satu, atau ketik nama chapter Anda</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>New events start in this chapter and its time zone, and a roster is imported into it. You can leave it empty and choose later.</source>
        <translation>Acara baru dimulai di chapter ini dan zona waktunya, dan daftar anggota diimpor ke dalamnya. Anda boleh mengosongkannya dan memilih nanti.</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <source>How would you like to start?</source>
        <translation>Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Everything stays on this laptop; nothing needs the internet.</source>
        <translation>Semua tersimpan di laptop ini; tidak perlu internet.</translation>
    </message>
    <message>
        <source>&amp;Import my chapter&apos;s roster</source>
        <translation>&amp;Impor daftar anggota chapter saya</translation>
    </message>
    <message>
        <source>An Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file of your members, as you keep it: the columns are recognised and you check them first.</source>
        <translation>File Excel (.xlsx, .xls), LibreOffice (.ods) atau CSV berisi anggota Anda, apa adanya: kolom dikenali otomatis dan Anda memeriksanya lebih dulu.</translation>
    </message>
    <message>
        <source>Look around the &amp;demo reunion first</source>
        <translation>Lihat-lihat &amp;reuni demo dulu</translation>
    </message>
    <message>
        <source>A made-up reunion with 300 members, a programme, check-ins and a poster contest, in a database of its own. Your own database stays empty.</source>
        <translation>Reuni rekaan dengan 300 anggota, program, check-in, dan lomba poster, di database tersendiri. Database Anda tetap kosong.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Mulai dengan database &amp;kosong</translation>
    </message>
    <message>
        <source>Create your first event on the Events page and add members later.</source>
        <translation>Buat acara pertama Anda di halaman Acara dan tambahkan anggota nanti.</translation>
    </message>
</context>
</TS>
