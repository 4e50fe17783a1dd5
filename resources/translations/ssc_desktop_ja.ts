<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>%1について</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run a Sakura Science Club chapter reunion from one laptop: members, events, check-in at the door, contests and the reports afterwards — offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;さくらサイエンスクラブ支部の同窓会を1台のノートPCで運営できます。会員、イベント、入口での受付、コンテスト、終了後の報告まで、すべてオフラインで行えます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;データベース：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Every check-in, undo, check-out, score change, import, merge and wrong judge PIN, with the desk that did it and when. Written with the change itself, so it cannot disagree with the records.</source>
        <translation>受付、取り消し、退出、得点の変更、インポート、統合、審査員PINの誤入力をすべて、操作した受付デスクと日時とともに記録します。変更と同時に書き込まれるため、記録と食い違うことはありません。</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>得点の変更</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>会員名簿のインポート</translation>
    </message>
    <message>
        <source>Online report</source>
        <translation>オンライン参加レポート</translation>
    </message>
    <message>
        <source>Member merge</source>
        <translation>会員の統合</translation>
    </message>
    <message>
        <source>Desk merge</source>
        <translation>受付デスクの統合</translation>
    </message>
    <message>
        <source>Wrong judge PIN</source>
        <translation>審査員PINの誤入力</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>すべてのデスク</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>監査ログを検索</translation>
    </message>
    <message>
        <source>Search names, entries, files…</source>
        <translation>氏名、作品、ファイルを検索…</translation>
    </message>
    <message>
        <source>Chosen event only</source>
        <translation>選択中のイベントのみ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>.xlsxにエクスポート…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>デスク：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>デスク</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>SSC Desktop (no desk)</source>
        <translation>SSC Desktop（デスクなし）</translation>
    </message>
    <message>
        <source>Command line (ssc)</source>
        <translation>コマンドライン（ssc）</translation>
    </message>
    <message>
        <source>A judge&apos;s phone</source>
        <translation>審査員のスマートフォン</translation>
    </message>
    <message>
        <source>Nothing recorded yet: check-ins, score changes, imports and merges appear here as they happen.</source>
        <translation>まだ記録はありません。受付、得点の変更、インポート、統合が行われると、ここに表示されます。</translation>
    </message>
    <message>
        <source>The newest %1 matching entries of %2 (Export has them all).</source>
        <translation>条件に合う%2件のうち新しい%1件を表示しています（エクスポートにはすべて含まれます）。</translation>
    </message>
    <message>
        <source>%1 of %2 entries match.</source>
        <translation>%2件中%1件が条件に合います。</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>監査ログの保存</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1 entries to %2.</source>
        <translation>%1件を%2に書き出しました。</translation>
    </message>
    <message>
        <source>Audit log not written</source>
        <translation>監査ログを書き出せませんでした</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1を書き出しています…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>キャンセルしました。ファイルは書き出されていません。</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Badges and tickets — %1</source>
        <translation>名札とチケット — %1</translation>
    </message>
    <message>
        <source>Name badges (one A4 PDF)</source>
        <translation>名札（A4のPDF 1件）</translation>
    </message>
    <message>
        <source>Personal tickets (one PDF per person, into a folder)</source>
        <translation>個人チケット（1人1件のPDFをフォルダーに保存）</translation>
    </message>
    <message>
        <source>E-mail personal tickets</source>
        <translation>個人チケットをメールで送信</translation>
    </message>
    <message>
        <source>8 per sheet — 99.1 × 67.7 mm (Avery L7165)</source>
        <translation>1シート8枚 — 99.1 × 67.7 mm（Avery L7165）</translation>
    </message>
    <message>
        <source>10 per sheet — 85 × 54 mm (card size, Avery C32011)</source>
        <translation>1シート10枚 — 85 × 54 mm（カードサイズ、Avery C32011）</translation>
    </message>
    <message>
        <source>One A6 badge per page</source>
        <translation>1ページにA6の名札1枚</translation>
    </message>
    <message>
        <source>Cut marks in the margins</source>
        <translation>余白にトンボを付ける</translation>
    </message>
    <message>
        <source>Everyone registered</source>
        <translation>登録者全員</translation>
    </message>
    <message>
        <source>Only the role</source>
        <translation>次の役割のみ</translation>
    </message>
    <message>
        <source>The %1 selected registrations</source>
        <translation>選択した%1件の参加登録</translation>
    </message>
    <message>
        <source>Selected registrations (select them in the list first)</source>
        <translation>選択した参加登録（先に一覧で選択してください）</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Only people who have not had their current ticket yet</source>
        <translation>最新のチケットをまだ受け取っていない人のみ</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>作成：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>対象：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存先：</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>PDFを作成</translation>
    </message>
    <message>
        <source>Sent through %1 from %2.</source>
        <translation>%1経由で%2から送信します。</translation>
    </message>
    <message>
        <source>No e-mail server is set up yet: File → E-mail settings…</source>
        <translation>メールサーバーがまだ設定されていません：ファイル → メール設定…</translation>
    </message>
    <message>
        <source>Write tickets</source>
        <translation>チケットを書き出す</translation>
    </message>
    <message>
        <source>Send e-mails</source>
        <translation>メールを送信</translation>
    </message>
    <message>
        <source>Save the badges</source>
        <translation>名札の保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the tickets</source>
        <translation>チケットの保存先フォルダー</translation>
    </message>
    <message>
        <source>Printing badges</source>
        <translation>名札を作成しています</translation>
    </message>
    <message>
        <source>Writing tickets</source>
        <translation>チケットを書き出しています</translation>
    </message>
    <message>
        <source>E-mailing tickets</source>
        <translation>チケットをメールで送信しています</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1ページ</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1ページ</translation>
    </message>
    <message>
        <source>Wrote %1 badges on %2 to %3</source>
        <translation>%1枚の名札（%2）を%3に書き出しました</translation>
    </message>
    <message>
        <source>Wrote %1 tickets into the folder %2</source>
        <translation>%1枚のチケットをフォルダー%2に書き出しました</translation>
    </message>
    <message>
        <source>Sent %1 tickets.</source>
        <translation>%1件のチケットを送信しました。</translation>
    </message>
    <message>
        <source>%1 people had their ticket already.</source>
        <translation>%1人はすでにチケットを受け取っていました。</translation>
    </message>
    <message>
        <source>… and %1 more not sent.</source>
        <translation>…ほか%1件は送信されていません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Camera off</source>
        <translation>カメラオフ</translation>
    </message>
    <message>
        <source>No camera found. Use the scanner or search by name.</source>
        <translation>カメラが見つかりません。スキャナーを使うか、氏名で検索してください。</translation>
    </message>
    <message>
        <source>The camera stopped: </source>
        <translation>カメラが停止しました：</translation>
    </message>
</context>
<context>
    <name>CertificateTemplateDialog</name>
    <message>
        <source>Certificate template</source>
        <translation>証明書テンプレート</translation>
    </message>
    <message>
        <source>Landscape (A4 across)</source>
        <translation>横向き（A4横）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source> min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Participation: joining online counts from this many minutes (0: only on site)</source>
        <translation>参加：オンライン参加はこの分数から参加と認めます（0：会場参加のみ）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>文面：</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>差し込み項目：%1</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>アクセントカラー：</translation>
    </message>
    <message>
        <source>Online counts from:</source>
        <translation>オンライン参加の条件：</translation>
    </message>
    <message>
        <source>Signatory %1: name</source>
        <translation>署名者%1：氏名</translation>
    </message>
    <message>
        <source>title, e.g. Chapter president</source>
        <translation>肩書き（例：支部長）</translation>
    </message>
    <message>
        <source>Signatory %1: title</source>
        <translation>署名者 %1：肩書き</translation>
    </message>
    <message>
        <source>Signature image…</source>
        <translation>署名画像…</translation>
    </message>
    <message>
        <source>Chapter logo…</source>
        <translation>支部ロゴ…</translation>
    </message>
    <message>
        <source>Remove pictures</source>
        <translation>画像を削除</translation>
    </message>
    <message>
        <source>Signatories (up to two):</source>
        <translation>署名者（2人まで）：</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>プレビューを作成しています…</translation>
    </message>
    <message>
        <source>Preview with a sample name; the real certificates use each person&apos;s.</source>
        <translation>サンプルの氏名でプレビューしています。実際の証明書には各人の氏名が入ります。</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>アクセントカラー</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>画像を選択</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose an event to see a preview.</source>
        <translation>プレビューを表示するにはイベントを選択してください。</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>貢献者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語表記</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Add contributor…</source>
        <translation>貢献者を追加…</translation>
    </message>
    <message>
        <source>Edit reason…</source>
        <translation>理由を編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>発行済みの証明書</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>証明書の発行</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>テンプレートを編集…</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>新しいテンプレート…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート：</translation>
    </message>
    <message>
        <source>All in one PDF (for printing)</source>
        <translation>全員分を1つのPDFに（印刷用）</translation>
    </message>
    <message>
        <source>One PDF per person, named after them (for e-mail)</source>
        <translation>1人1件のPDF、ファイル名は氏名（メール送付用）</translation>
    </message>
    <message>
        <source>Left out, and why:</source>
        <translation>対象外の人とその理由：</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Write certificates…</source>
        <translation>証明書を書き出す…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to thank, certify and award its people.</source>
        <translation>上のバーでイベントを選択すると、参加者への感謝状、証明書、賞状を作成できます。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 people get a certificate; %2 left out.</source>
        <translation>%1人に証明書を発行します。%2人は対象外です。</translation>
    </message>
    <message>
        <source>%1 added as a contributor.</source>
        <translation>%1を貢献者に追加しました。</translation>
    </message>
    <message>
        <source>Reason for %1 saved.</source>
        <translation>%1の理由を保存しました。</translation>
    </message>
    <message>
        <source>Remove contributor</source>
        <translation>貢献者の削除</translation>
    </message>
    <message>
        <source>Remove %1 from the contributors?</source>
        <translation>%1を貢献者から削除しますか？</translation>
    </message>
    <message>
        <source>%1 is no longer a contributor.</source>
        <translation>%1は貢献者ではなくなりました。</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>証明書の保存先フォルダー</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>証明書の保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 certificates to %2.</source>
        <translation>%1件の証明書を%2に書き出しました。</translation>
    </message>
    <message>
        <source>Wrote %1 certificates into %2.</source>
        <translation>%1件の証明書を%2に書き出しました。</translation>
    </message>
    <message>
        <source>Drawing %1 certificates…</source>
        <translation>%1件の証明書を作成しています…</translation>
    </message>
    <message>
        <source>Cancelled; no certificate file was left behind.</source>
        <translation>キャンセルしました。証明書のファイルは残っていません。</translation>
    </message>
</context>
<context>
    <name>CheckInCounters</name>
    <message>
        <source>checked in / registered</source>
        <translation>受付済み / 登録者</translation>
    </message>
    <message>
        <source>checked in / registered · %1 inside now</source>
        <translation>受付済み / 登録者 · 現在%1人が会場内</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>ほか%1支部</translation>
    </message>
    <message>
        <source>By chapter: </source>
        <translation>支部別：</translation>
    </message>
    <message>
        <source>checked in to %1 / registered</source>
        <translation>%1の受付済み / 登録者</translation>
    </message>
    <message>
        <source>By role: </source>
        <translation>役割別：</translation>
    </message>
</context>
<context>
    <name>CheckInListsDialog</name>
    <message>
        <source>Check-in lists — %1</source>
        <translation>受付リスト — %1</translation>
    </message>
    <message>
        <source>Besides the door, check people into parts of the day. A ticket counts once on each list; the door&apos;s figures never change.</source>
        <translation>入口の受付とは別に、プログラムの一部ごとに受付できます。1枚のチケットは各リストで1回だけ数えられ、入口の集計は変わりません。</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Part of the programme</source>
        <translation>プログラムの項目</translation>
    </message>
    <message>
        <source>Whole event</source>
        <translation>イベント全体</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Check-in lists</source>
        <translation>受付リスト</translation>
    </message>
    <message>
        <source>e.g. Banquet</source>
        <translation>例：懇親会</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Part of the programme:</source>
        <translation>プログラムの項目：</translation>
    </message>
    <message>
        <source>Add as new list</source>
        <translation>新しいリストとして追加</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Delete list…</source>
        <translation>リストを削除…</translation>
    </message>
    <message>
        <source>List “%1” added.</source>
        <translation>リスト「%1」を追加しました。</translation>
    </message>
    <message>
        <source>List “%1” saved.</source>
        <translation>リスト「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>リストの削除</translation>
    </message>
    <message>
        <source>“%1” has %2 check-ins. Delete the list and its check-ins? Arrivals at the door are kept.</source>
        <translation>「%1」には%2件の受付があります。リストとその受付記録を削除しますか？入口での到着記録は残ります。</translation>
    </message>
    <message>
        <source>List “%1” deleted.</source>
        <translation>リスト「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>ステーション：</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>受付デスク名</translation>
    </message>
    <message>
        <source>Open check-in station</source>
        <translation>受付ステーションを開く</translation>
    </message>
    <message>
        <source>A full-screen desk for scanners, the webcam and the queue (Esc leaves it)</source>
        <translation>スキャナー、Webカメラ、待ち行列のための全画面の受付デスク（Escで終了）</translation>
    </message>
    <message>
        <source>Check-in lists…</source>
        <translation>受付リスト…</translation>
    </message>
    <message>
        <source>Parts of the day people check into besides the door</source>
        <translation>入口以外に受付を行うプログラムの項目</translation>
    </message>
    <message>
        <source>Prepare desk…</source>
        <translation>受付デスクを準備…</translation>
    </message>
    <message>
        <source>This event in a file, for a laptop with no server</source>
        <translation>サーバーのないノートPC用に、このイベントを1つのファイルにします</translation>
    </message>
    <message>
        <source>Merge desks…</source>
        <translation>受付デスクを統合…</translation>
    </message>
    <message>
        <source>Bring the check-ins of desk files back</source>
        <translation>デスクファイルの受付記録を取り込みます</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>受付する人を検索</translation>
    </message>
    <message>
        <source>Type a name in any script, e-mail or affiliation, then Enter to check in…</source>
        <translation>氏名（どの文字でも）、メール、所属を入力し、Enterで受付…</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>登録者一覧</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>受付を取り消す</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>受付する</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語表記</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to open its check-in desk.</source>
        <translation>上のバーでイベントを選択すると、その受付デスクを開けます。</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>No event is chosen. Create one on the Events page, then pick it in the bar above.</source>
        <translation>イベントが選択されていません。イベントページで作成し、上のバーで選択してください。</translation>
    </message>
    <message>
        <source>No one is registered for this event yet.</source>
        <translation>このイベントにはまだ誰も登録されていません。</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>受付しました：%1</translation>
    </message>
    <message>
        <source>Check-in undone: %1</source>
        <translation>受付を取り消しました：%1</translation>
    </message>
</context>
<context>
    <name>CheckInStation</name>
    <message>
        <source>Check-in station — %1</source>
        <translation>受付ステーション — %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Scan a ticket, hold it up to the camera, or search by name.</source>
        <translation>チケットをスキャンするか、カメラにかざすか、氏名で検索してください。</translation>
    </message>
    <message>
        <source>List not created</source>
        <translation>リストが作成されていません</translation>
    </message>
    <message>
        <source>Could not read the event again: %1</source>
        <translation>イベントを再読み込みできませんでした：%1</translation>
    </message>
    <message>
        <source>NOT checked in</source>
        <translation>受付できませんでした</translation>
    </message>
    <message>
        <source>An unexpected problem stopped this check-in. Scan again; if it happens again, check the person in by name.</source>
        <translation>予期しない問題により、この受付は完了しませんでした。もう一度スキャンしてください。再び起きる場合は、氏名で受付してください。</translation>
    </message>
    <message>
        <source>Check in again (Enter)</source>
        <translation>もう一度受付する（Enter）</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>受付する（Enter）</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>受付済みです</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>受付できません</translation>
    </message>
    <message>
        <source>Welcome back!</source>
        <translation>おかえりなさい！</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>ようこそ！</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>退出を記録できません</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>退出を記録しました</translation>
    </message>
    <message>
        <source>Checking them in again later counts as re-entry.</source>
        <translation>後で再び受付すると、再入場として記録されます。</translation>
    </message>
    <message>
        <source>Nothing undone</source>
        <translation>取り消せませんでした</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>受付を取り消しました</translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>当日参加を登録しました</translation>
    </message>
    <message>
        <source>Checked in at %1 at %2</source>
        <translation>%1に%2で受付済み</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>%1に受付済み</translation>
    </message>
    <message>
        <source>This registration was cancelled.</source>
        <translation>この参加登録はキャンセルされています。</translation>
    </message>
    <message>
        <source>On the waiting list, not registered. Ask the coordinator.</source>
        <translation>キャンセル待ちで、登録されていません。コーディネーターに確認してください。</translation>
    </message>
    <message>
        <source>This ticket was re-issued; the old code no longer works. Ask for the new ticket or search the name.</source>
        <translation>このチケットは再発行されたため、古いコードは使えません。新しいチケットを提示してもらうか、氏名で検索してください。</translation>
    </message>
    <message>
        <source>Forged or damaged code. Search the name instead.</source>
        <translation>偽造または破損したコードです。代わりに氏名で検索してください。</translation>
    </message>
    <message>
        <source>Not an SSC ticket code.</source>
        <translation>SSCのチケットコードではありません。</translation>
    </message>
    <message>
        <source>Ticket for another event: %1</source>
        <translation>別のイベントのチケットです：%1</translation>
    </message>
    <message>
        <source>(same chapter)</source>
        <translation>（同じ支部）</translation>
    </message>
    <message>
        <source>Not checked in.</source>
        <translation>受付できません。</translation>
    </message>
    <message>
        <source>Speaker: take them to the green room.</source>
        <translation>登壇者：控室へ案内してください。</translation>
    </message>
    <message>
        <source>Judge: hand over the scoring kit.</source>
        <translation>審査員：採点キットを渡してください。</translation>
    </message>
    <message>
        <source>Staff: send them to the staff briefing.</source>
        <translation>スタッフ：スタッフ説明会へ案内してください。</translation>
    </message>
    <message>
        <source>Walk-in: make sure they have a badge.</source>
        <translation>当日参加：名札を持っているか確認してください。</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>このステーション</translation>
    </message>
    <message>
        <source>Checked in at %1 · %2</source>
        <translation>%1に受付 · %2</translation>
    </message>
    <message>
        <source>Code read: %1</source>
        <translation>読み取ったコード：%1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Problems and duplicates</source>
        <translation>問題と重複</translation>
    </message>
    <message>
        <source>Correct a value in place (double-click it or press F2), or leave the row out; rows still in error are not imported. Choose what to do with people who are already there.</source>
        <translation>値はその場で修正する（ダブルクリックまたはF2）か、その行を除外してください。エラーが残る行はインポートされません。すでに登録済みの人をどう扱うかを選んでください。</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>重複した場合：</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>すべての行を読み込んでいます…</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>重複（%1）</translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation>重複なし</translation>
    </message>
    <message>
        <source>%1 rows read: %2 rows left out for errors, %3 warnings, %4 rows left out by you. Checking the corrected rows for duplicates…</source>
        <translation>%1行を読み込みました：エラーで除外%2行、警告%3件、手動で除外%4行。修正した行の重複を確認しています…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new members, %3 duplicates, %4 rows left out for errors, %5 warnings, %6 rows left out by you.</source>
        <translation>%1行を読み込みました：新規会員%2人、重複%3件、エラーで除外%4行、警告%5件、手動で除外%6行。</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>問題（%1）</translation>
    </message>
    <message>
        <source>No problems left</source>
        <translation>問題は残っていません</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>問題は見つかりませんでした</translation>
    </message>
    <message>
        <source> · %1 rows corrected</source>
        <translation> · %1行を修正</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excelブック (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ContestAwardsTab</name>
    <message>
        <source>Category</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>賞</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>賞</translation>
    </message>
    <message>
        <source>No award</source>
        <translation>賞なし</translation>
    </message>
    <message>
        <source>Set for selected</source>
        <translation>選択した作品に設定</translation>
    </message>
    <message>
        <source>Suggest from ranks</source>
        <translation>順位から提案</translation>
    </message>
    <message>
        <source>Save awards</source>
        <translation>賞を保存</translation>
    </message>
    <message>
        <source>Locked: the awards are final.</source>
        <translation>ロック済み：賞は確定しています。</translation>
    </message>
    <message>
        <source>Awards can change until the contest is locked. Unsaved changes are marked *.</source>
        <translation>コンテストをロックするまでは賞を変更できます。未保存の変更には*が付きます。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Awards not saved</source>
        <translation>賞は保存されていません</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <source>Edit contest</source>
        <translation>コンテストの編集</translation>
    </message>
    <message>
        <source>New contest</source>
        <translation>新しいコンテスト</translation>
    </message>
    <message>
        <source>e.g. High-school poster contest</source>
        <translation>例：高校生ポスターコンテスト</translation>
    </message>
    <message>
        <source>High school, University, Early-career researcher</source>
        <translation>高校, 大学, 若手研究者</translation>
    </message>
    <message>
        <source>Blind judging: judges see entry codes, never authors</source>
        <translation>ブラインド審査：審査員には作品コードのみを表示し、作者は表示しません</translation>
    </message>
    <message>
        <source>Judging opens and closes at set times (event&apos;s time zone)</source>
        <translation>審査を指定した日時に開始・終了する（イベントのタイムゾーン）</translation>
    </message>
    <message>
        <source>Judging opens</source>
        <translation>審査開始</translation>
    </message>
    <message>
        <source>Judging closes</source>
        <translation>審査終了</translation>
    </message>
    <message>
        <source>The kind&apos;s template</source>
        <translation>種類ごとのテンプレート</translation>
    </message>
    <message>
        <source>Copy from “%1”</source>
        <translation>「%1」からコピー</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Judges per entry</source>
        <translation>作品ごとの審査員数</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>審査</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>評価基準</translation>
    </message>
</context>
<context>
    <name>ContestEntriesTab</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>School / affiliation</source>
        <translation>学校・所属</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>作品を追加…</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>作品を編集…</translation>
    </message>
    <message>
        <source>Import entries…</source>
        <translation>作品をインポート…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>ファイルを添付…</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>ファイルを表示</translation>
    </message>
    <message>
        <source>Open the folder with the selected entry&apos;s attached files</source>
        <translation>選択した作品の添付ファイルがあるフォルダーを開きます</translation>
    </message>
    <message>
        <source>Import contest entries</source>
        <translation>コンテスト作品のインポート</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>スプレッドシート (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Entries not imported</source>
        <translation>作品はインポートされませんでした</translation>
    </message>
    <message>
        <source>Imported %1 entries.</source>
        <translation>%1件の作品をインポートしました。</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>%1にファイルを添付</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDFと画像 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>ファイルは添付されませんでした</translation>
    </message>
    <message>
        <source>The selected entry has no attached files.</source>
        <translation>選択した作品には添付ファイルがありません。</translation>
    </message>
</context>
<context>
    <name>ContestEntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>作品の編集</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>作品の追加</translation>
    </message>
    <message>
        <source>e.g. P-21</source>
        <translation>例：P-21</translation>
    </message>
    <message>
        <source>One author a line: name in own script | Latin name</source>
        <translation>作者を1行に1人：母語表記の氏名 | ローマ字の氏名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>School or affiliation</source>
        <translation>学校・所属</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>要旨</translation>
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
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>結果のエクスポート</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1を書き出しています…</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>結果を%1に書き出しました</translation>
    </message>
    <message>
        <source>Folder for the judge sheets</source>
        <translation>採点シートの保存先フォルダー</translation>
    </message>
    <message>
        <source>Writing the judge sheets…</source>
        <translation>採点シートを書き出しています…</translation>
    </message>
    <message>
        <source>%1 judge sheets written to %2</source>
        <translation>%1件の採点シートを%2に書き出しました</translation>
    </message>
    <message>
        <source>Import judge sheets</source>
        <translation>採点シートのインポート</translation>
    </message>
    <message>
        <source>Judge sheets (*.xlsx)</source>
        <translation>採点シート (*.xlsx)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…ほか%1件</translation>
    </message>
    <message>
        <source>Scores emptied in the sheets</source>
        <translation>シートで空欄になった得点</translation>
    </message>
    <message>
        <source>%1 score(s) that were given are empty in these sheets:

%2

Remove them (the judge took them back)? No keeps them as they are.</source>
        <translation>付けられていた%1件の得点が、これらのシートでは空欄になっています：

%2

これらを削除しますか（審査員が取り下げた場合）？「いいえ」を選ぶとそのまま残します。</translation>
    </message>
    <message>
        <source>Reading the judge sheets…</source>
        <translation>採点シートを読み込んでいます…</translation>
    </message>
    <message>
        <source>Judge sheets not imported</source>
        <translation>採点シートはインポートされませんでした</translation>
    </message>
    <message>
        <source>Judge sheets imported: %1 scores changed.</source>
        <translation>採点シートをインポートしました：%1件の得点を変更しました。</translation>
    </message>
    <message>
        <source>%1 emptied score(s) kept.</source>
        <translation>空欄になった%1件の得点を残しました。</translation>
    </message>
    <message>
        <source>%1 emptied score(s) removed.</source>
        <translation>空欄になった%1件の得点を削除しました。</translation>
    </message>
    <message>
        <source>Importing the judge sheets…</source>
        <translation>採点シートをインポートしています…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>コンテスト</translation>
    </message>
</context>
<context>
    <name>ContestJudgeDialog</name>
    <message>
        <source>Add a judge</source>
        <translation>審査員の追加</translation>
    </message>
    <message>
        <source>Entries from this school or affiliation are never theirs</source>
        <translation>この学校・所属の作品は担当しません</translation>
    </message>
    <message>
        <source>6 digits or more suggested (4 to 12); only a hash is kept</source>
        <translation>6桁以上を推奨（4～12桁）。保存されるのはハッシュのみです</translation>
    </message>
    <message>
        <source>Suggest a PIN</source>
        <translation>PINを提案</translation>
    </message>
    <message>
        <source>Six random digits, shown so you can tell the judge</source>
        <translation>ランダムな6桁の数字です。審査員に伝えられるよう表示されます</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>School or affiliation</source>
        <translation>学校・所属</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>A 4- or 5-digit PIN is allowed but quick to guess: 6 digits or more are suggested.</source>
        <translation>4桁または5桁のPINも使えますが、推測されやすいため6桁以上をお勧めします。</translation>
    </message>
    <message>
        <source>After 5 wrong PINs in a row the judge waits a minute, longer after each further wrong one.</source>
        <translation>PINを5回続けて間違えると、審査員は1分待つ必要があります。その後も間違えるたびに待ち時間が長くなります。</translation>
    </message>
</context>
<context>
    <name>ContestJudgesTab</name>
    <message>
        <source>Judge</source>
        <translation>審査員</translation>
    </message>
    <message>
        <source>School / affiliation</source>
        <translation>学校・所属</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>● assigned · ✓ scored · ✕ declared conflict · – own school. Double-click a cell to assign or unassign.</source>
        <translation>● 割り当て済み · ✓ 採点済み · ✕ 利害関係を申告 · – 同じ学校。セルをダブルクリックすると割り当て・解除できます。</translation>
    </message>
    <message>
        <source>Add judge…</source>
        <translation>審査員を追加…</translation>
    </message>
    <message>
        <source>Remove judge</source>
        <translation>審査員を削除</translation>
    </message>
    <message>
        <source>Judges per entry (k)</source>
        <translation>作品ごとの審査員数 (k)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>自動で割り当て</translation>
    </message>
    <message>
        <source>Each entry gets at least k judges, load balanced, never from its own school or a declared conflict</source>
        <translation>各作品に少なくともk人の審査員を、負担を均等にして割り当てます。同じ学校の審査員や利害関係を申告した審査員は割り当てません</translation>
    </message>
    <message>
        <source>● assigned   ✓ scored   ✕ conflict   – own school</source>
        <translation>● 割り当て済み   ✓ 採点済み   ✕ 利害関係   – 同じ学校</translation>
    </message>
    <message>
        <source>Judges per entry</source>
        <translation>作品ごとの審査員数</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>審査員</translation>
    </message>
    <message>
        <source>Judge-by-entry matrix</source>
        <translation>審査員×作品の表</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Cannot assign</source>
        <translation>割り当てできません</translation>
    </message>
    <message>
        <source>Some entries are short of judges</source>
        <translation>審査員が不足している作品があります</translation>
    </message>
    <message>
        <source>%1: %2 judge(s) short (own school or conflicts)</source>
        <translation>%1：審査員が%2人不足（同じ学校または利害関係）</translation>
    </message>
    <message>
        <source>%1 new assignments (%2 in all).</source>
        <translation>%1件を新しく割り当てました（合計%2件）。</translation>
    </message>
    <message>
        <source>Cannot change the assignment</source>
        <translation>割り当てを変更できません</translation>
    </message>
    <message>
        <source>Record a conflict: %1 may not judge %2…</source>
        <translation>利害関係を記録：%1は%2を審査できない…</translation>
    </message>
    <message>
        <source>Record a conflict</source>
        <translation>利害関係の記録</translation>
    </message>
    <message>
        <source>Why? (same lab, same supervisor, a relative…)</source>
        <translation>理由は？（同じ研究室、同じ指導教員、親族など）</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>利害関係は記録されませんでした</translation>
    </message>
    <message>
        <source>The entry moved to %1.</source>
        <translation>作品は%1に移りました。</translation>
    </message>
    <message>
        <source>No other judge is free for the entry; assign one by hand.</source>
        <translation>この作品を担当できる審査員がほかにいません。手動で割り当ててください。</translation>
    </message>
    <message>
        <source>Remove %1 and their %2 assignments and scores from “%3”?</source>
        <translation>%1と、その%2件の割り当てと得点を「%3」から削除しますか？</translation>
    </message>
    <message>
        <source>Cannot remove the judge</source>
        <translation>審査員を削除できません</translation>
    </message>
</context>
<context>
    <name>ContestProgressTab</name>
    <message>
        <source>Judge</source>
        <translation>審査員</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>採点済み</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Still owes</source>
        <translation>未採点</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>New</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>By</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Who still owes which scores</source>
        <translation>未採点の審査員と作品</translation>
    </message>
    <message>
        <source>Audit trail: every score change</source>
        <translation>監査証跡：すべての得点の変更</translation>
    </message>
    <message>
        <source>%1 of %2 score sheets in; %3 still owed.</source>
        <translation>採点表%2件中%1件が提出済み、残り%3件です。</translation>
    </message>
</context>
<context>
    <name>ContestResultsTab</name>
    <message>
        <source>Mean of judges</source>
        <translation>審査員の平均</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>標準化（zスコア）</translation>
    </message>
    <message>
        <source>Trimmed mean (4+ judges)</source>
        <translation>トリム平均（審査員4人以上）</translation>
    </message>
    <message>
        <source>A judge&apos;s total is the weighted rubric score as a percentage. Normalized: each judge&apos;s totals as z-scores, shown as 100 + 20·z, so a harsh and a lenient judge weigh the same. Trimmed: highest and lowest dropped when an entry has 4 or more judges.</source>
        <translation>審査員ごとの合計は、評価基準の重み付き得点を百分率にしたものです。標準化：各審査員の合計をzスコアにし、100 + 20·zで表示するので、厳しい審査員と甘い審査員の重みが同じになります。トリム平均：審査員が4人以上の作品では、最高点と最低点を除きます。</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>順位の基準</translation>
    </message>
    <message>
        <source>Raw totals per judge</source>
        <translation>審査員ごとの素点合計</translation>
    </message>
    <message>
        <source>Normalized per judge (100 ± 20)</source>
        <translation>審査員ごとの標準化得点（100 ± 20）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Trimmed</source>
        <translation>トリム平均</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>標準化</translation>
    </message>
    <message>
        <source>Still tied after every tie-break (shown as =): %1</source>
        <translation>すべての同点処理を行っても同点のまま（=で表示）：%1</translation>
    </message>
    <message>
        <source>No ties remain.</source>
        <translation>同点はありません。</translation>
    </message>
</context>
<context>
    <name>ContestSetupTab</name>
    <message>
        <source>Criterion</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>尺度</translation>
    </message>
    <message>
        <source>Level guide</source>
        <translation>段階の目安</translation>
    </message>
    <message>
        <source>Edit rubric…</source>
        <translation>評価基準を編集…</translation>
    </message>
    <message>
        <source>Copy rubric</source>
        <translation>評価基準をコピー</translation>
    </message>
    <message>
        <source>Mean of judges</source>
        <translation>審査員の平均</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>標準化（zスコア）</translation>
    </message>
    <message>
        <source>Trimmed mean (4+ judges)</source>
        <translation>トリム平均（審査員4人以上）</translation>
    </message>
    <message>
        <source>Use for ranking</source>
        <translation>順位付けに使用</translation>
    </message>
    <message>
        <source>or copy the rubric of</source>
        <translation>または次の評価基準をコピー：</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>順位の基準</translation>
    </message>
    <message>
        <source>then by</source>
        <translation>次に</translation>
    </message>
    <message>
        <source>then by the number of judges</source>
        <translation>さらに審査員の数</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>評価基準</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kind:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;種類：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Categories:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;部門：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judges per entry:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;作品ごとの審査員数：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind:&lt;/b&gt; yes — judges see codes, never authors</source>
        <translation>&lt;b&gt;ブラインド審査：&lt;/b&gt;あり — 審査員にはコードのみを表示し、作者は表示しません</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind:&lt;/b&gt; no</source>
        <translation>&lt;b&gt;ブラインド審査：&lt;/b&gt;なし</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theme:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;テーマ：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judging:&lt;/b&gt; %1 – %2</source>
        <translation>&lt;b&gt;審査期間：&lt;/b&gt;%1～%2</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b42318&apos;&gt;Locked:&lt;/b&gt; scores, results and awards are frozen</source>
        <translation>&lt;b style=&apos;color:#b42318&apos;&gt;ロック済み：&lt;/b&gt;得点、結果、賞は確定しています</translation>
    </message>
    <message>
        <source>(no criterion)</source>
        <translation>（評価項目なし）</translation>
    </message>
    <message>
        <source>Cannot copy the rubric</source>
        <translation>評価基準をコピーできません</translation>
    </message>
    <message>
        <source>Cannot change the ranking</source>
        <translation>順位付けを変更できません</translation>
    </message>
</context>
<context>
    <name>ContestsPage</name>
    <message>
        <source>Contests</source>
        <translation>コンテスト</translation>
    </message>
    <message>
        <source>Poster, e-poster and essay contests of the chosen event: rubric, judges, scores, awards.</source>
        <translation>選択中のイベントのポスター、電子ポスター、エッセイのコンテスト：評価基準、審査員、得点、賞。</translation>
    </message>
    <message>
        <source>New contest…</source>
        <translation>新しいコンテスト…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Judge mode…</source>
        <translation>審査員モード…</translation>
    </message>
    <message>
        <source>A judge unlocks with their PIN and scores their own entries</source>
        <translation>審査員が自分のPINでロックを解除し、担当作品を採点します</translation>
    </message>
    <message>
        <source>Let judges score on their phones…</source>
        <translation>審査員がスマートフォンで採点…</translation>
    </message>
    <message>
        <source>A small web server on this laptop; each judge scans a QR code</source>
        <translation>このノートPC上の小さなWebサーバーです。審査員はそれぞれQRコードを読み取ります</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Results PDF (announcement)…</source>
        <translation>結果のPDF（発表用）…</translation>
    </message>
    <message>
        <source>Results Excel…</source>
        <translation>結果のExcel…</translation>
    </message>
    <message>
        <source>Judge sheets (one .xlsx per judge)…</source>
        <translation>採点シート（審査員ごとに.xlsx 1件）…</translation>
    </message>
    <message>
        <source>Import judge sheets…</source>
        <translation>採点シートをインポート…</translation>
    </message>
    <message>
        <source>Lock results</source>
        <translation>結果をロック</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>コンテスト</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック済み</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>No contests for this event yet. Start one with “New contest…”.</source>
        <translation>このイベントにはまだコンテストがありません。「新しいコンテスト…」で作成してください。</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Judges &amp;&amp; assignment</source>
        <translation>審査員と割り当て</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>賞</translation>
    </message>
    <message>
        <source>Lock the results</source>
        <translation>結果のロック</translation>
    </message>
    <message>
        <source>Lock “%1”? Scores, results and awards are frozen; judges can no longer change anything.</source>
        <translation>「%1」をロックしますか？得点、結果、賞が確定し、審査員は何も変更できなくなります。</translation>
    </message>
    <message>
        <source>Cannot lock</source>
        <translation>ロックできません</translation>
    </message>
    <message>
        <source>Judges&apos; phones: serving…</source>
        <translation>審査員のスマートフォン：稼働中…</translation>
    </message>
</context>
<context>
    <name>ContributorDialog</name>
    <message>
        <source>Edit contribution</source>
        <translation>貢献の編集</translation>
    </message>
    <message>
        <source>Add a contributor</source>
        <translation>貢献者の追加</translation>
    </message>
    <message>
        <source>Find a registered person, any script…</source>
        <translation>登録者を検索（どの文字でも）…</translation>
    </message>
    <message>
        <source>Find a registered person</source>
        <translation>登録者を検索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語表記</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>登録者一覧</translation>
    </message>
    <message>
        <source>e.g. for organizing the 3rd India reunion</source>
        <translation>例：第3回インド同窓会の運営に対して</translation>
    </message>
    <message>
        <source>Reason, as printed on the certificate</source>
        <translation>理由（証明書に印刷されます）</translation>
    </message>
    <message>
        <source>Reason, as printed on the certificate:</source>
        <translation>証明書に印刷される理由：</translation>
    </message>
    <message>
        <source>Choose the person in the list first.</source>
        <translation>先に一覧から人を選んでください。</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <source>Duplicate event</source>
        <translation>イベントの複製</translation>
    </message>
    <message>
        <source>A new event like “%1”, on a new date.</source>
        <translation>「%1」と同じ内容の新しいイベントを、別の日付で作成します。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Starts (%1):</source>
        <translation>開始（%1）：</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>終了：</translation>
    </message>
    <message>
        <source>Sign-ups close:</source>
        <translation>申込締切：</translation>
    </message>
    <message>
        <source>Chapter, format, venue, online link, time zone and capacity are kept. The programme is copied and moved by the same amount. Registrations are not copied.</source>
        <translation>支部、形式、会場、オンラインリンク、タイムゾーン、定員は引き継がれます。プログラムはコピーされ、同じだけ日時がずらされます。参加登録はコピーされません。</translation>
    </message>
    <message>
        <source>Create the copy</source>
        <translation>コピーを作成</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>締切なし</translation>
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
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>SSC Desktop hit an unexpected problem: %1

Everything already confirmed is saved in the database. Details were written to %2.</source>
        <translation>SSC Desktop で予期しない問題が発生しました: %1

確定済みの内容はすべてデータベースに保存されています。詳細は %2 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>報告書PDFをエクスポート…</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>came</source>
        <translation>来場</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>contest winners</source>
        <translation>コンテスト受賞者</translation>
    </message>
    <message>
        <source>Arrivals per hour (local time)</source>
        <translation>1時間ごとの到着数（現地時刻）</translation>
    </message>
    <message>
        <source>By country: registered and came</source>
        <translation>国・地域別：登録者と来場者</translation>
    </message>
    <message>
        <source>By role: registered and came</source>
        <translation>役割別：登録者と来場者</translation>
    </message>
    <message>
        <source>Notes for the report</source>
        <translation>報告書用のメモ</translation>
    </message>
    <message>
        <source>A few lines for the secretariat: what went well, what to change…</source>
        <translation>事務局への数行のメモ：うまくいったこと、改善すべきこと…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>メモを保存</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>報告書を開く</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to see it at a glance.</source>
        <translation>上のバーでイベントを選択すると、概要をひと目で確認できます。</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>Saved with the event.</source>
        <translation>イベントとともに保存しました。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <source>Save the reunion report</source>
        <translation>同窓会報告書の保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reunion report - %1</source>
        <translation>同窓会レポート - %1</translation>
    </message>
    <message>
        <source>Wrote the reunion report to %1.</source>
        <translation>同窓会報告書を%1に書き出しました。</translation>
    </message>
    <message>
        <source>Reunion report</source>
        <translation>同窓会報告書</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1を書き出しています…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>キャンセルしました。ファイルは書き出されていません。</translation>
    </message>
</context>
<context>
    <name>DatabaseInUseDialog</name>
    <message>
        <source>Database already open</source>
        <translation>データベースはすでに開かれています</translation>
    </message>
    <message>
        <source>This database is open in SSC Desktop on %1 since %2 (process %3).</source>
        <translation>このデータベースは%1のSSC Desktopで%2から開かれています（プロセス%3）。</translation>
    </message>
    <message>
        <source>%1

Two apps writing one file can check a person in twice. Close it there first, or open it read-only here: you can see everything, but change nothing.</source>
        <translation>%1

2つのアプリが1つのファイルに書き込むと、同じ人を二重に受付するおそれがあります。先にそちらで閉じるか、ここで読み取り専用で開いてください。読み取り専用では、すべてを閲覧できますが変更はできません。</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>読み取り専用で開く(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>Read-only: this database is open in SSC Desktop on %1 (since %2). You can look at everything here, but changes are refused. To work here, close it there, then open it again.</source>
        <translation>読み取り専用：このデータベースは%1のSSC Desktopで開かれています（%2から）。ここではすべてを閲覧できますが、変更はできません。ここで作業するには、そちらで閉じてから、もう一度開いてください。</translation>
    </message>
    <message>
        <source>Automatic backup taken at %1.</source>
        <translation>%1に自動バックアップを作成しました。</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自動バックアップに失敗しました：%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>This is a shared database server: its backups are the server&apos;s own. Ask its administrator. Before each upgrade of its schema this laptop keeps a copy of it in %1. To see or export what one held, copy it to another folder and open that with File &gt; Open database…</source>
        <translation>これは共有データベースサーバーです。バックアップはサーバー自身が行います。管理者にお問い合わせください。スキーマを更新する前に、このノートパソコンは %1 にコピーを保存します。その中身を見たり書き出したりするには、別のフォルダーにコピーし、ファイル &gt; データベースを開く… で開いてください。</translation>
    </message>
    <message>
        <source>This is a shared database server: its backups are the server&apos;s own. Ask its administrator.</source>
        <translation>これは共有データベースサーバーです。バックアップはサーバー側で管理されています。管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>This database is open read-only, because another SSC Desktop has it open. Restore it there, or close it there and open it here again.</source>
        <translation>別のSSC Desktopで開かれているため、このデータベースは読み取り専用で開かれています。そちらで復元するか、そちらで閉じてからここでもう一度開いてください。</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was is kept as a backup too.</source>
        <translation>%1のバックアップを復元しました。復元前のデータベースもバックアップとして保存されています。</translation>
    </message>
</context>
<context>
    <name>DeskFiles</name>
    <message>
        <source>Desk file</source>
        <translation>デスクファイル</translation>
    </message>
    <message>
        <source>Passphrase of the desk file %1:</source>
        <translation>デスクファイル%1のパスフレーズ：</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <source>&amp;Desks</source>
        <translation>受付デスク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Prepare desk…</source>
        <translation>受付デスクを準備(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Merge desks…</source>
        <translation>受付デスクを統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>先にイベントを選択してください。</translation>
    </message>
    <message>
        <source>The desk file could not be saved; it is tried again in a minute. Nothing is lost.</source>
        <translation>デスクファイルを保存できませんでした。1分後にもう一度試します。データは失われていません。</translation>
    </message>
</context>
<context>
    <name>DeskNameDialog</name>
    <message>
        <source>Name this desk</source>
        <translation>受付デスクの名前</translation>
    </message>
    <message>
        <source>Which desk is this laptop? Each check-in made here is recorded with this name, and the amber &quot;already checked in&quot; verdict tells other desks where it was.</source>
        <translation>このノートPCはどの受付デスクですか？ここで行った受付はすべてこの名前で記録され、黄色の「受付済み」の表示で、ほかのデスクにどこで受付したかが伝わります。</translation>
    </message>
    <message>
        <source>e.g. Door A</source>
        <translation>例：入口A</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>受付デスク名</translation>
    </message>
    <message>
        <source>Remembered on this laptop; change it any time in the station&apos;s bar.</source>
        <translation>このノートPCに記憶されます。ステーションのバーでいつでも変更できます。</translation>
    </message>
</context>
<context>
    <name>DeskNoteDialog</name>
    <message>
        <source>Desk note</source>
        <translation>受付メモ</translation>
    </message>
    <message>
        <source>Shown to the desk when this person checks in. One point a line.</source>
        <translation>この人の受付時に受付デスクに表示されます。1行に1項目。</translation>
    </message>
    <message>
        <source>e.g. Vegetarian meal
Hand over the speaker gift</source>
        <translation>例：ベジタリアン食
登壇者への記念品を渡す</translation>
    </message>
    <message>
        <source>Vegetarian meal</source>
        <translation>ベジタリアン食</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>車いす対応</translation>
    </message>
    <message>
        <source>Collect certificate at the desk</source>
        <translation>受付デスクで証明書を受け取る</translation>
    </message>
    <message>
        <source>Clear note</source>
        <translation>メモを消去</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2文字</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The file {location} is not an SSC Desktop database: it holds another program&apos;s tables ({tables}). It was left exactly as it was. Choose your SSC Desktop database, or a new file name to start one.</source>
        <translation>ファイル{location}はSSC Desktopのデータベースではありません。ほかのプログラムのテーブル（{tables}）が入っています。ファイルには一切手を加えていません。SSC Desktopのデータベースを選ぶか、新しく作成するファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The database {location} needs an upgrade for this version, and a backup copy is made first, but it could not be: {detail} The database was not changed. Free some space or make its folder writable, then open it again.</source>
        <translation>データベース{location}はこのバージョン用にアップグレードが必要です。先にバックアップコピーを作成しますが、作成できませんでした：{detail} データベースは変更されていません。空き容量を確保するか、フォルダーを書き込み可能にしてから、もう一度開いてください。</translation>
    </message>
    <message>
        <source>The database {location} (schema {found}) needs an upgrade for this version, which cannot be done read-only. Open it for writing once it is closed in the other app, or open it there.</source>
        <translation>データベース{location}（スキーマ{found}）はこのバージョン用にアップグレードが必要ですが、読み取り専用ではアップグレードできません。ほかのアプリで閉じてから書き込み可能で開くか、そちらで開いてください。</translation>
    </message>
    <message>
        <source>Automatic backups and restoring are for database files; {location} is a shared server. Ask its administrator for the server&apos;s own backups.</source>
        <translation>自動バックアップと復元はデータベースファイル用です。{location}は共有サーバーです。サーバー側のバックアップについては管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>There are no backups of {location} yet (they are kept in {folder}).</source>
        <translation>{location}のバックアップはまだありません（保存先は{folder}です）。</translation>
    </message>
    <message>
        <source>This laptop has no copy of the shared server {location} yet: one is taken here, in {folder}, before this app upgrades the server&apos;s schema. For anything else, ask the server&apos;s administrator for its own backups.</source>
        <translation>このノートパソコンには共有サーバー {location} のコピーがまだありません。このアプリがサーバーのスキーマを更新する前に、ここ（{folder}）にコピーを取ります。それ以外については、サーバー管理者にサーバー自身のバックアップを依頼してください。</translation>
    </message>
    <message>
        <source>{name} is a copy of the shared server {location}, taken on this laptop before an upgrade. SSC Desktop does not write a copy back over a server other desks may be using. To see or export what it holds, put it in a database file of its own and open that: ssc --db SERVER backup restore {name} --to FILE. To restore the server, ask its administrator.</source>
        <translation>{name} は共有サーバー {location} のコピーで、更新の前にこのノートパソコンで取られたものです。SSC Desktop は、他のデスクが使っているかもしれないサーバーにコピーを書き戻しません。中身を見たり書き出したりするには、独立したデータベースファイルにして開いてください：ssc --db SERVER backup restore {name} --to FILE。サーバーを復元するには、管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the restored copy.</source>
        <translation>{path} はすでに存在します。復元するコピーには新しいファイル名を選んでください。</translation>
    </message>
    <message>
        <source>There is no backup {name} of {location}. See the list with: ssc backup list</source>
        <translation>{location}のバックアップ{name}はありません。一覧は次のコマンドで確認できます：ssc backup list</translation>
    </message>
    <message>
        <source>The backup {path} is damaged, so it was not restored; your database was not changed. Choose an older backup.</source>
        <translation>バックアップ{path}は破損しているため、復元しませんでした。データベースは変更されていません。より古いバックアップを選んでください。</translation>
    </message>
    <message>
        <source>The backup {path} could not be restored ({detail}); your database was not changed. Close any other program using the database, then try again.</source>
        <translation>バックアップ{path}を復元できませんでした（{detail}）。データベースは変更されていません。データベースを使用しているほかのプログラムを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This database was opened read-only, so it cannot be restored here. Close the other SSC Desktop that has it open, then open it again.</source>
        <translation>このデータベースは読み取り専用で開かれているため、ここでは復元できません。このデータベースを開いているほかのSSC Desktopを閉じてから、もう一度開いてください。</translation>
    </message>
    <message>
        <source>Another SSC Desktop on this laptop (process {pid}, since {since}) is already the desk {station} of this event on {location}. Two apps on one local copy could lose what it keeps while the server is away: give this desk another name, or close the other one first.</source>
        <translation>このノートパソコンの別の SSC Desktop（プロセス {pid}、{since} から）が、{location} 上のこのイベントのデスク {station} としてすでに動いています。2 つのアプリが 1 つのローカルコピーを使うと、サーバーが不在の間に保存した内容が失われるおそれがあります。このデスクに別の名前を付けるか、先にもう一方を閉じてください。</translation>
    </message>
    <message>
        <source>The database {location} is open in SSC Desktop on {host} (process {pid}) since {since}. Two apps writing one file can check a person in twice: close it there first, or open it read-only.</source>
        <translation>データベース{location}は{since}から{host}のSSC Desktopで開かれています（プロセス{pid}）。2つのアプリが1つのファイルに書き込むと、同じ人を二重に受付するおそれがあります。先にそちらで閉じるか、読み取り専用で開いてください。</translation>
    </message>
    <message>
        <source>Layout {value!r} is not known; use one of: {layouts}.</source>
        <translation>レイアウト{value!r}は不明です。次のいずれかを使ってください：{layouts}。</translation>
    </message>
    <message>
        <source>Nobody to print for {event}: no registered person matches.</source>
        <translation>{event}には印刷する対象がいません。条件に合う登録者がいません。</translation>
    </message>
    <message>
        <source>Cannot write badges to {path!r}: use a file name ending in .pdf.</source>
        <translation>{path!r}には名札を書き出せません。末尾が.pdfのファイル名にしてください。</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; tickets are written into a folder.</source>
        <translation>{path}はフォルダーではなくファイルです。チケットはフォルダーに書き出されます。</translation>
    </message>
    <message>
        <source>Registration {registration} is cancelled and has no ticket.</source>
        <translation>参加登録{registration}はキャンセルされているため、チケットはありません。</translation>
    </message>
    <message>
        <source>No e-mail server is set up yet: enter it under File → E-mail settings (or `ssc smtp set`).</source>
        <translation>メールサーバーがまだ設定されていません。「ファイル → メール設定」（または`ssc smtp set`）で入力してください。</translation>
    </message>
    <message>
        <source>The e-mail server needs a host name.</source>
        <translation>メールサーバーのホスト名が必要です。</translation>
    </message>
    <message>
        <source>Port {value!r} is not a port number (1–65535).</source>
        <translation>ポート{value!r}はポート番号（1～65535）ではありません。</translation>
    </message>
    <message>
        <source>Security {value!r} is not known; use one of: {choices}.</source>
        <translation>セキュリティ{value!r}は不明です。次のいずれかを使ってください：{choices}。</translation>
    </message>
    <message>
        <source>{value!r} is not an e-mail address.</source>
        <translation>{value!r}はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Could not reach the e-mail server {host}:{port}: {detail}</source>
        <translation>メールサーバー{host}:{port}に接続できませんでした：{detail}</translation>
    </message>
    <message>
        <source>The e-mail server {host}:{port} refused a secure connection: {detail}</source>
        <translation>メールサーバー{host}:{port}が暗号化接続を拒否しました：{detail}</translation>
    </message>
    <message>
        <source>The e-mail server did not accept the user name {user!r} and its password.</source>
        <translation>メールサーバーがユーザー名{user!r}とそのパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Sending to {to} failed: {detail}</source>
        <translation>{to}への送信に失敗しました：{detail}</translation>
    </message>
    <message>
        <source>{name} has no e-mail address.</source>
        <translation>{name}にはメールアドレスがありません。</translation>
    </message>
    <message>
        <source>The e-mail server refused {to}: {detail}</source>
        <translation>メールサーバーが{to}を拒否しました：{detail}</translation>
    </message>
    <message>
        <source>A certificate template named {name!r} already exists.</source>
        <translation>{name!r}という名前の証明書テンプレートはすでにあります。</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>テンプレートには名前が必要です。</translation>
    </message>
    <message>
        <source>The template needs a title (for example “Certificate of Contribution”).</source>
        <translation>テンプレートにはタイトル（例：「貢献証明書」）が必要です。</translation>
    </message>
    <message>
        <source>The template {template!r} is not for {kind} certificates.</source>
        <translation>テンプレート{template!r}は{kind}の証明書用ではありません。</translation>
    </message>
    <message>
        <source>{value!r} is not a colour; write it as #RRGGBB, for example #b4235a.</source>
        <translation>{value!r}は色ではありません。#RRGGBBの形式で入力してください（例：#b4235a）。</translation>
    </message>
    <message>
        <source>The wording uses {names}, which is not known; use {known}.</source>
        <translation>文面で使われている{names}は不明です。{known}を使ってください。</translation>
    </message>
    <message>
        <source>Minutes online cannot be negative ({value}).</source>
        <translation>オンライン参加の分数は負の値にできません（{value}）。</translation>
    </message>
    <message>
        <source>Nobody gets a {kind} certificate for {event} yet.</source>
        <translation>{event}で{kind}の証明書を受け取る人はまだいません。</translation>
    </message>
    <message>
        <source>{number!r} is not a genuine certificate number: its last part does not match (mistyped, or made up). Check it letter by letter against the certificate.</source>
        <translation>{number!r}は正しい証明書番号ではありません。最後の部分が一致しません（入力ミスか、作られた番号です）。証明書と1文字ずつ照らし合わせてください。</translation>
    </message>
    <message>
        <source>This is not the text of a certificate&apos;s QR code (it should start with SSC-CERT/1 and have 7 lines).</source>
        <translation>これは証明書のQRコードのテキストではありません（SSC-CERT/1で始まる7行のテキストのはずです）。</translation>
    </message>
    <message>
        <source>NOT genuine: the signature does not match. The text was changed, or the certificate was not issued with this public key.</source>
        <translation>本物ではありません：署名が一致しません。テキストが変更されたか、この公開鍵で発行された証明書ではありません。</translation>
    </message>
    <message>
        <source>{file} is not an SSC Desktop public key (a PEM file written by `ssc certificate public-key`).</source>
        <translation>{file}はSSC Desktopの公開鍵（`ssc certificate public-key`で書き出したPEMファイル）ではありません。</translation>
    </message>
    <message>
        <source>To check a certificate without the database, give the issuer&apos;s public key with --key FILE.</source>
        <translation>データベースなしで証明書を確認するには、--key FILEで発行者の公開鍵を指定してください。</translation>
    </message>
    <message>
        <source>No certificate has the number {number!r}: it was not issued by this database.</source>
        <translation>番号{number!r}の証明書はありません。このデータベースで発行されたものではありません。</translation>
    </message>
    <message>
        <source>Say what the contribution was (for example “for organizing the reunion”).</source>
        <translation>貢献の内容を入力してください（例：「同窓会の運営に対して」）。</translation>
    </message>
    <message>
        <source>Award certificates need the contests&apos; results, which are not available here.</source>
        <translation>賞状にはコンテストの結果が必要ですが、ここでは利用できません。</translation>
    </message>
    <message>
        <source>Cannot write certificates to {path!r}: use a file name ending in .pdf.</source>
        <translation>{path!r}には証明書を書き出せません。末尾が.pdfのファイル名にしてください。</translation>
    </message>
    <message>
        <source>Say where to write the certificates with -o PATH (or only look with --dry-run).</source>
        <translation>証明書の書き出し先を-o PATHで指定してください（確認だけなら--dry-run）。</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; one PDF per person is written into a folder.</source>
        <translation>{path}はフォルダーではなくファイルです。1人1件のPDFはフォルダーに書き出されます。</translation>
    </message>
    <message>
        <source>A check-in list needs a name.</source>
        <translation>受付リストには名前が必要です。</translation>
    </message>
    <message>
        <source>The list name is {length} characters long; at most {limit} fit.</source>
        <translation>リスト名が{length}文字あります。{limit}文字までです。</translation>
    </message>
    <message>
        <source>This event already has a check-in list named “{name}”.</source>
        <translation>このイベントには「{name}」という受付リストがすでにあります。</translation>
    </message>
    <message>
        <source>Programme item {item_id} (“{item}”) belongs to another event.</source>
        <translation>プログラム項目{item_id}（「{item}」）は別のイベントのものです。</translation>
    </message>
    <message>
        <source>“{name}” has {count} check-ins; delete it with them only on purpose (force).</source>
        <translation>「{name}」には{count}件の受付があります。受付記録ごと削除するのは、意図した場合だけにしてください（force）。</translation>
    </message>
    <message>
        <source>The desk note is {length} characters long; at most {limit} fit.</source>
        <translation>受付メモが{length}文字あります。{limit}文字までです。</translation>
    </message>
    <message>
        <source>Cannot read the codes from {path}: {detail}</source>
        <translation>{path}からコードを読み取れません：{detail}</translation>
    </message>
    <message>
        <source>A desk file&apos;s passphrase needs at least {minimum} characters.</source>
        <translation>デスクファイルのパスフレーズは{minimum}文字以上必要です。</translation>
    </message>
    <message>
        <source>Cannot open the desk file {path}: the passphrase is wrong, or the file is damaged. Type the passphrase given when the desk was prepared.</source>
        <translation>デスクファイル{path}を開けません。パスフレーズが違うか、ファイルが破損しています。受付デスクの準備時に決めたパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>{path} is not an SSC desk file (make one with Prepare desk… or `ssc desk prepare`).</source>
        <translation>{path}はSSCのデスクファイルではありません（「受付デスクを準備…」または`ssc desk prepare`で作成してください）。</translation>
    </message>
    <message>
        <source>Cannot read the desk file {path}: {detail}</source>
        <translation>デスクファイル{path}を読み取れません：{detail}</translation>
    </message>
    <message>
        <source>This database is itself a desk: prepare desks from the coordinator&apos;s main database.</source>
        <translation>このデータベース自体が受付デスク用です。受付デスクの準備はコーディネーターのメインのデータベースで行ってください。</translation>
    </message>
    <message>
        <source>The desk file is for event {event_id}, which this database does not have: merge it into the database it was prepared from.</source>
        <translation>このデスクファイルはイベント{event_id}用ですが、このデータベースにはそのイベントがありません。準備に使ったデータベースに統合してください。</translation>
    </message>
    <message>
        <source>{path} is a desk file protected by a passphrase: set SSC_DESK_PASSPHRASE, or run this in a terminal to be asked for it.</source>
        <translation>{path}はパスフレーズで保護されたデスクファイルです。SSC_DESK_PASSPHRASEを設定するか、ターミナルで実行してパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was written. Try again.</source>
        <translation>2つのパスフレーズが一致しません。何も書き出されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>{path} is a desk file: it opens only with its passphrase.</source>
        <translation>{path}はデスクファイルです。パスフレーズがなければ開けません。</translation>
    </message>
    <message>
        <source>{member} was checked in again after this desk&apos;s check-in (at “{station}”): nothing was undone here. If that later check-in is the mistake, undo it at that desk.</source>
        <translation>{member} はこのデスクでの受付の後、別のデスク（「{station}」）で再度受付されました。ここでは何も取り消していません。後の受付が誤りであれば、そのデスクで取り消してください。</translation>
    </message>
    <message>
        <source>{member} has been checked out since this desk&apos;s check-in: nothing was undone, the visit stays on record.</source>
        <translation>{member} はこのデスクでの受付の後、退場済みです。何も取り消していません。来場記録は残ります。</translation>
    </message>
    <message>
        <source>There is no contest {contest_id}.</source>
        <translation>コンテスト{contest_id}はありません。</translation>
    </message>
    <message>
        <source>There is no contest entry {entry_id}.</source>
        <translation>コンテスト作品{entry_id}はありません。</translation>
    </message>
    <message>
        <source>There is no judge {judge_id}.</source>
        <translation>審査員{judge_id}はいません。</translation>
    </message>
    <message>
        <source>The rubric has no criterion {criterion_id}.</source>
        <translation>評価基準に評価項目{criterion_id}はありません。</translation>
    </message>
    <message>
        <source>Contest kind {value!r} is not known; use one of: {kinds}.</source>
        <translation>コンテストの種類{value!r}は不明です。次のいずれかを使ってください：{kinds}。</translation>
    </message>
    <message>
        <source>Method {value!r} is not known; use one of: {methods}.</source>
        <translation>方法{value!r}は不明です。次のいずれかを使ってください：{methods}。</translation>
    </message>
    <message>
        <source>A contest needs a title.</source>
        <translation>コンテストにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>Each entry needs at least one judge (got {value}).</source>
        <translation>各作品には少なくとも1人の審査員が必要です（指定値：{value}）。</translation>
    </message>
    <message>
        <source>Judging closes before it opens.</source>
        <translation>審査の終了日時が開始日時より前になっています。</translation>
    </message>
    <message>
        <source>Categories must be named and each named once.</source>
        <translation>部門にはそれぞれ名前を付け、同じ名前は1回だけにしてください。</translation>
    </message>
    <message>
        <source>Category “{category}” still has entries; move them before removing it.</source>
        <translation>部門「{category}」にはまだ作品があります。削除する前に作品を移動してください。</translation>
    </message>
    <message>
        <source>Criterion {position} needs a name.</source>
        <translation>評価項目{position}には名前が必要です。</translation>
    </message>
    <message>
        <source>“{criterion}”: the weight must be a positive number (got {value}).</source>
        <translation>「{criterion}」：重みは正の数にしてください（指定値：{value}）。</translation>
    </message>
    <message>
        <source>“{criterion}”: the scale {low}–{high} in steps of {step} does not work; the top must be above the bottom and reached in whole steps.</source>
        <translation>「{criterion}」：尺度{low}～{high}（{step}刻み）は成り立ちません。最高値は最低値より大きく、刻み幅で割り切れる値にしてください。</translation>
    </message>
    <message>
        <source>{spec!r} is not a criterion; write NAME:WEIGHT:MIN-MAX or NAME:WEIGHT:MIN-MAX:STEP, e.g. &quot;Originality:2:1-10&quot;.</source>
        <translation>{spec!r}は評価項目ではありません。NAME:WEIGHT:MIN-MAXまたはNAME:WEIGHT:MIN-MAX:STEPの形式で入力してください（例：&quot;Originality:2:1-10&quot;）。</translation>
    </message>
    <message>
        <source>{spec!r} is not a level guide; write NAME:LEVELS=TEXT|LEVELS=TEXT, e.g. &quot;Originality:1-3=Repeats known work|8-10=A new question&quot;.</source>
        <translation>{spec!r}は段階の目安ではありません。NAME:LEVELS=TEXT|LEVELS=TEXTの形式で入力してください（例：&quot;Originality:1-3=Repeats known work|8-10=A new question&quot;）。</translation>
    </message>
    <message>
        <source>The rubric has no criterion {name!r}; it has: {names}.</source>
        <translation>評価基準に評価項目{name!r}はありません。あるのは次の項目です：{names}。</translation>
    </message>
    <message>
        <source>A rubric needs at least one criterion.</source>
        <translation>評価基準には少なくとも1つの評価項目が必要です。</translation>
    </message>
    <message>
        <source>The rubric cannot change: judges have already given {scores} scores.</source>
        <translation>審査員がすでに{scores}件の得点を付けているため、評価基準は変更できません。</translation>
    </message>
    <message>
        <source>“{title}” is locked: scores, results and awards are frozen.</source>
        <translation>「{title}」はロックされています。得点、結果、賞は確定しています。</translation>
    </message>
    <message>
        <source>An entry needs a code (for example P-01).</source>
        <translation>作品にはコード（例：P-01）が必要です。</translation>
    </message>
    <message>
        <source>Entry code {code!r} is longer than 20 characters.</source>
        <translation>作品コード{code!r}が20文字を超えています。</translation>
    </message>
    <message>
        <source>Entry {code} needs a title.</source>
        <translation>作品{code}にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>Entry code {code} is already used in this contest.</source>
        <translation>作品コード{code}はこのコンテストですでに使われています。</translation>
    </message>
    <message>
        <source>Entry {code}: category {category!r} is not one of this contest&apos;s: {categories}.</source>
        <translation>作品{code}：部門{category!r}はこのコンテストの部門（{categories}）にありません。</translation>
    </message>
    <message>
        <source>Attached files need a database file on this computer.</source>
        <translation>ファイルを添付するには、このコンピューター上のデータベースファイルが必要です。</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file}は存在しません。</translation>
    </message>
    <message>
        <source>A judge needs a name.</source>
        <translation>審査員には名前が必要です。</translation>
    </message>
    <message>
        <source>{name} is already a judge of this contest.</source>
        <translation>{name}はすでにこのコンテストの審査員です。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits (6 or more are suggested).</source>
        <translation>PINは4～12桁の数字です（6桁以上を推奨）。</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s PIN.</source>
        <translation>{name}のPINではありません。</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s PIN. After {tries} wrong PINs in a row, wait {seconds} seconds before the next try (longer after each further wrong PIN).</source>
        <translation>{name}のPINではありません。{tries}回続けて間違えた場合は、{seconds}秒待ってから次を入力してください（その後も間違えるたびに長くなります）。</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {name}: wait {seconds} seconds, then try again.</source>
        <translation>{name}のPINの誤入力が多すぎます。{seconds}秒待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Add judges before assigning entries.</source>
        <translation>作品を割り当てる前に審査員を追加してください。</translation>
    </message>
    <message>
        <source>The judge and the entry belong to different contests.</source>
        <translation>審査員と作品が別のコンテストのものです。</translation>
    </message>
    <message>
        <source>{judge} declared a conflict with {code}.</source>
        <translation>{judge}は{code}との利害関係を申告しています。</translation>
    </message>
    <message>
        <source>{judge} has already scored {code}; the assignment stays.</source>
        <translation>{judge}はすでに{code}を採点しているため、割り当ては残ります。</translation>
    </message>
    <message>
        <source>{judge} is not assigned to entry {code}.</source>
        <translation>{judge}は作品{code}に割り当てられていません。</translation>
    </message>
    <message>
        <source>“{criterion}”: {value} is not on the scale {scale}.</source>
        <translation>「{criterion}」：{value}は尺度{scale}の範囲にありません。</translation>
    </message>
    <message>
        <source>Place {place} is not an award (1, 2, 3, or 4 for an honourable mention).</source>
        <translation>順位{place}は賞ではありません（1、2、3、または佳作の4）。</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s); nothing was imported.
{problems}</source>
        <translation>{file}：{count}件の問題があります。何もインポートされていません。
{problems}</translation>
    </message>
    <message>
        <source>{file} has no entries below its header row.</source>
        <translation>{file}には見出し行の下に作品がありません。</translation>
    </message>
    <message>
        <source>{file}: no column for {columns} in the header row (found: {found}).</source>
        <translation>{file}：見出し行に{columns}の列がありません（見つかった列：{found}）。</translation>
    </message>
    <message>
        <source>{count} problem(s) in the judge sheets; nothing was imported.
{problems}</source>
        <translation>採点シートに{count}件の問題があります。何もインポートされていません。
{problems}</translation>
    </message>
    <message>
        <source>No judge sheets (.xlsx) found in {folder}.</source>
        <translation>{folder}に採点シート（.xlsx）が見つかりません。</translation>
    </message>
    <message>
        <source>Cannot export to {path!r}: use a file name ending in .pdf or .xlsx.</source>
        <translation>{path!r}にはエクスポートできません。末尾が.pdfまたは.xlsxのファイル名にしてください。</translation>
    </message>
    <message>
        <source>Judging of {title} opens at {opens}; scores cannot be entered yet.</source>
        <translation>{title}の審査は{opens}に始まります。まだ得点を入力できません。</translation>
    </message>
    <message>
        <source>Judging of {title} closed at {closes}; ask the coordinator to reopen it.</source>
        <translation>{title}の審査は{closes}に終了しました。再開はコーディネーターに依頼してください。</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>問題が発生しました：{detail}</translation>
    </message>
    <message>
        <source>No {kind} with {key} {value!r}.</source>
        <translation>{key}が{value!r}の{kind}はありません。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>The database could not be used: {detail}</source>
        <translation>データベースを使用できませんでした：{detail}</translation>
    </message>
    <message>
        <source>Cannot open the database {location}: {detail}</source>
        <translation>データベース{location}を開けません：{detail}</translation>
    </message>
    <message>
        <source>The database {location} was made by a newer version of SSC Desktop (schema {found}; this version knows up to {known}). Update SSC Desktop to open it.</source>
        <translation>データベース{location}は新しいバージョンのSSC Desktopで作成されています（スキーマ{found}。このバージョンが扱えるのは{known}までです）。開くにはSSC Desktopを更新してください。</translation>
    </message>
    <message>
        <source>Could not write the backup copy {destination}: {detail}</source>
        <translation>バックアップコピー{destination}を書き出せませんでした：{detail}</translation>
    </message>
    <message>
        <source>A chapter needs a name.</source>
        <translation>支部には名前が必要です。</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>イベントにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>The event ends ({ends}) before it starts ({starts}).</source>
        <translation>イベントの終了（{ends}）が開始（{starts}）より前になっています。</translation>
    </message>
    <message>
        <source>Unknown time zone {timezone!r}; use a name such as Asia/Kolkata.</source>
        <translation>タイムゾーン{timezone!r}は不明です。Asia/Kolkataのような名前を使ってください。</translation>
    </message>
    <message>
        <source>Capacity must be a positive whole number, not {capacity!r}.</source>
        <translation>定員は正の整数にしてください（{capacity!r}は使えません）。</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation>{field}：{value!r}は日時ではありません（YYYY-MM-DD HH:MMの形式で入力してください）。</translation>
    </message>
    <message>
        <source>Format must be face-to-face, online or hybrid, not {value!r}.</source>
        <translation>形式はface-to-face、online、hybridのいずれかにしてください（{value!r}は使えません）。</translation>
    </message>
    <message>
        <source>A member needs a name in Latin letters.</source>
        <translation>会員にはローマ字の氏名が必要です。</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address.</source>
        <translation>{email!r}はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Visit year {year!r} is outside 2014-{latest}.</source>
        <translation>来日年{year!r}が2014～{latest}の範囲外です。</translation>
    </message>
    <message>
        <source>{member} is already registered for this event.</source>
        <translation>{member}はすでにこのイベントに登録されています。</translation>
    </message>
    <message>
        <source>The registration of {member} is cancelled.</source>
        <translation>{member}の参加登録はキャンセルされています。</translation>
    </message>
    <message>
        <source>{member} is waitlisted and cannot be checked in yet.</source>
        <translation>{member}はキャンセル待ちのため、まだ受付できません。</translation>
    </message>
    <message>
        <source>{member} was already checked in at {time}.</source>
        <translation>{member}は{time}に受付済みです。</translation>
    </message>
    <message>
        <source>{member} has no check-in to undo.</source>
        <translation>{member}には取り消す受付がありません。</translation>
    </message>
    <message>
        <source>{member} is not checked in, so cannot be checked out.</source>
        <translation>{member}は受付されていないため、退出を記録できません。</translation>
    </message>
    <message>
        <source>The demo reunion needs an empty database, and {location} already holds {members} members. Use --db with a new file.</source>
        <translation>デモ同窓会には空のデータベースが必要ですが、{location}にはすでに{members}人の会員がいます。--dbで新しいファイルを指定してください。</translation>
    </message>
    <message>
        <source>The database {location} cannot be used right now. This step was not saved; everything confirmed before it is.</source>
        <translation>現在、データベース{location}を使用できません。この操作は保存されていませんが、それ以前に確定した内容はすべて保存されています。</translation>
    </message>
    <message>
        <source>The database server ({location}) cannot be reached: it stopped, or the network is down. Check the server and the Wi-Fi or cable, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>データベースサーバー（{location}）に接続できません。サーバーが停止しているか、ネットワークが切断されています。サーバーとWi-Fiまたはケーブルを確認してから、もう一度お試しください。この操作は保存されていませんが、それ以前に確定した内容はすべて保存されています。</translation>
    </message>
    <message>
        <source>The database server ({location}) is refusing new connections (too many open). Close SSC Desktop on a laptop that no longer needs it, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>データベースサーバー（{location}）が新しい接続を拒否しています（接続数が多すぎます）。不要になったノートPCのSSC Desktopを閉じてから、もう一度お試しください。この操作は保存されていませんが、それ以前に確定した内容はすべて保存されています。</translation>
    </message>
    <message>
        <source>The database {location} is busy: another program or laptop is holding it. Wait a moment and try again; if it stays busy, close the other program that has the file open. This step was not saved; everything confirmed before it is.</source>
        <translation>データベース{location}はビジー状態です。ほかのプログラムかノートPCが使用しています。少し待ってから、もう一度お試しください。ビジー状態が続く場合は、ファイルを開いているほかのプログラムを閉じてください。この操作は保存されていませんが、それ以前に確定した内容はすべて保存されています。</translation>
    </message>
    <message>
        <source>The disk holding the database {location} is full. Free some space on it, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>データベース{location}があるディスクの空き容量がありません。空き容量を確保してから、もう一度お試しください。この操作は保存されていませんが、それ以前に確定した内容はすべて保存されています。</translation>
    </message>
    <message>
        <source>The database {location} cannot be written: the file, its folder or the server is read-only. Make it writable or open a copy of it you can write to (File &gt; Open database). This step was not saved; everything confirmed before it is.</source>
        <translation>データベース{location}に書き込めません。ファイル、フォルダー、またはサーバーが読み取り専用です。書き込み可能にするか、書き込めるコピーを開いてください（ファイル &gt; データベースを開く）。この操作は保存されていませんが、それ以前に確定した内容はすべて保存されています。</translation>
    </message>
    <message>
        <source>The database {location} is damaged, or is not an SSC Desktop database. Open your latest backup copy (File &gt; Open database), or ask for help before using this file again.</source>
        <translation>データベース{location}は破損しているか、SSC Desktopのデータベースではありません。最新のバックアップコピーを開く（ファイル &gt; データベースを開く）か、このファイルを再び使う前に詳しい人に相談してください。</translation>
    </message>
    <message>
        <source>SSC Desktop is not allowed to use the database {location}: check the file&apos;s permissions, or the server&apos;s user name and password. This step was not saved; everything confirmed before it is.</source>
        <translation>SSC Desktopにはデータベース{location}を使用する権限がありません。ファイルのアクセス許可、またはサーバーのユーザー名とパスワードを確認してください。この操作は保存されていませんが、それ以前に確定した内容はすべて保存されています。</translation>
    </message>
    <message>
        <source>The database file {location} cannot be opened: its folder is missing or cannot be read. Check that the drive is connected and the folder exists. This step was not saved; everything confirmed before it is.</source>
        <translation>データベースファイル{location}を開けません。フォルダーがないか、読み取れません。ドライブが接続され、フォルダーが存在することを確認してください。この操作は保存されていませんが、それ以前に確定した内容はすべて保存されています。</translation>
    </message>
    <message>
        <source>The disk holding the database {location} reported a read or write error. Check the drive (a USB stick pulled out?) and copy the database somewhere safe. This step was not saved; everything confirmed before it is.</source>
        <translation>データベース{location}があるディスクで読み取りまたは書き込みのエラーが発生しました。ドライブを確認し（USBメモリーが抜けていませんか？）、データベースを安全な場所にコピーしてください。この操作は保存されていませんが、それ以前に確定した内容はすべて保存されています。</translation>
    </message>
    <message>
        <source>The database ran out of memory. Close other programs, then try again. This step was not saved; everything confirmed before it is.</source>
        <translation>データベースのメモリーが不足しました。ほかのプログラムを閉じてから、もう一度お試しください。この操作は保存されていませんが、それ以前に確定した内容はすべて保存されています。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Details were written to {log}.</source>
        <translation>予期しない問題が発生しました（{detail}）。詳細は{log}に書き出されました。</translation>
    </message>
    <message>
        <source>Cannot write {path!r}: use a file name ending in {formats}.</source>
        <translation>{path!r}には書き出せません。末尾が{formats}のファイル名にしてください。</translation>
    </message>
    <message>
        <source>Cannot write the sign-in sheet to {path!r}: use a file name ending in .pdf.</source>
        <translation>{path!r}には署名用紙を書き出せません。末尾が.pdfのファイル名にしてください。</translation>
    </message>
    <message>
        <source>Cannot write the attendance sheet to {path!r}: use a file name ending in .xlsx.</source>
        <translation>{path!r}には出席表を書き出せません。末尾が.xlsxのファイル名にしてください。</translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}</source>
        <translation>{path}を書き出せませんでした：{detail}</translation>
    </message>
    <message>
        <source>Cannot write the report to {path!r}: use a file name ending in .pdf.</source>
        <translation>{path!r}には報告書を書き出せません。末尾が.pdfのファイル名にしてください。</translation>
    </message>
    <message>
        <source>The notes are {length} characters; keep them under {limit}.</source>
        <translation>メモが{length}文字あります。{limit}文字未満にしてください。</translation>
    </message>
    <message>
        <source>“{name}” has {code_point} ‹{char}›, which no bundled font can draw: it prints as an empty box.</source>
        <translation>「{name}」には {code_point} ‹{char}› が含まれていますが、同梱のどのフォントでも描けないため、空の四角として印刷されます。</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again, or ask the coordinator.</source>
        <translation>PINが正しくありません。もう一度入力するか、コーディネーターに確認してください。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait {seconds} seconds, then try again.</source>
        <translation>PINの誤入力が多すぎます。{seconds}秒待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Enter your PIN again.</source>
        <translation>もう一度PINを入力してください。</translation>
    </message>
    <message>
        <source>The phone sent something the laptop does not understand; reload the page.</source>
        <translation>スマートフォンから、ノートPCが理解できないデータが送られました。ページを再読み込みしてください。</translation>
    </message>
    <message>
        <source>The laptop could not save this. Your scores are kept on this phone and sent again in a moment; if it keeps failing, tell the coordinator.</source>
        <translation>ノートPCで保存できませんでした。得点はこのスマートフォンに保存されており、しばらくすると再送されます。失敗が続く場合は、コーディネーターに伝えてください。</translation>
    </message>
    <message>
        <source>Cannot serve on {host} port {port}: {reason}. Choose another port or network.</source>
        <translation>{host}のポート{port}で待ち受けできません：{reason}。別のポートかネットワークを選んでください。</translation>
    </message>
    <message>
        <source>A port is a number from 1024 to 65535 (or 0 for any free port); got {port}.</source>
        <translation>ポートは1024～65535の数値です（空いている任意のポートなら0）。指定値：{port}。</translation>
    </message>
    <message>
        <source>The judges&apos; server is already running at {url}.</source>
        <translation>審査員用サーバーはすでに{url}で稼働しています。</translation>
    </message>
    <message>
        <source>A member has no field {field!r}; the fields are: {fields}.</source>
        <translation>会員にフィールド{field!r}はありません。フィールドは次のとおりです：{fields}。</translation>
    </message>
    <message>
        <source>Gender {value!r} is not one of: {choices}.</source>
        <translation>性別{value!r}は次のいずれでもありません：{choices}。</translation>
    </message>
    <message>
        <source>Visit year {value!r} is not a year (write it as 2019, or leave it empty).</source>
        <translation>来日年{value!r}は年ではありません（2019のように入力するか、空欄にしてください）。</translation>
    </message>
    <message>
        <source>Member {id} cannot be merged with itself; choose two different members.</source>
        <translation>会員{id}を自分自身と統合することはできません。異なる2人の会員を選んでください。</translation>
    </message>
    <message>
        <source>For {field}, choose keep or remove, not {choice!r}.</source>
        <translation>{field}には、keepかremoveを選んでください（{choice!r}は使えません）。</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field to edit.</source>
        <translation>変更する内容がありません。編集するフィールドを少なくとも1つ指定してください。</translation>
    </message>
    <message>
        <source>{file} is not a participant report of Zoom, Microsoft Teams or Google Meet: no row has their column names (for example “Join Time” and “Leave Time”).</source>
        <translation>{file}はZoom、Microsoft Teams、Google Meetの参加者レポートではありません。これらの列名（例：「Join Time」と「Leave Time」）を含む行がありません。</translation>
    </message>
    <message>
        <source>{file} lists no participants.</source>
        <translation>{file}には参加者が載っていません。</translation>
    </message>
    <message>
        <source>{file} is of another day: its times fall on {dates}, and the event is from {first} to {last}. Import it only if it is this event&apos;s meeting all the same.</source>
        <translation>{file}は別の日のものです。時刻は{dates}で、イベントは{first}から{last}までです。それでもこのイベントのミーティングである場合にのみインポートしてください。</translation>
    </message>
    <message>
        <source>{file} was imported already (as {other}): the same report, or the same meeting and start. Importing it again would count everyone twice; replace the earlier import instead.</source>
        <translation>{file}はすでにインポートされています（{other}として）。同じレポートか、同じミーティング・開始時刻のものです。もう一度インポートすると全員が二重に数えられます。代わりに以前のインポートを置き換えてください。</translation>
    </message>
    <message>
        <source>{file} is a registration report: it says who registered, not who attended. Export the participant (or attendee) report of the meeting instead.</source>
        <translation>{file}は登録レポートです。登録した人は分かりますが、出席した人は分かりません。ミーティングの参加者（出席者）レポートをエクスポートしてください。</translation>
    </message>
    <message>
        <source>{file} writes dates both day first and month first; export the report again with one date format.</source>
        <translation>{file}では日付が日・月の順と月・日の順で混在しています。日付形式を1つにしてレポートをエクスポートし直してください。</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: {value!r} is not a date and time.</source>
        <translation>{file}、{row}行目、{column}列：{value!r}は日時ではありません。</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: {value!r} is not a duration (e.g. 45, 1h 5m 3s).</source>
        <translation>{file}、{row}行目、{column}列：{value!r}は時間の長さではありません（例：45、1h 5m 3s）。</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the person left before joining.</source>
        <translation>{file}、{row}行目、{column}列：参加より前に退出しています。</translation>
    </message>
    <message>
        <source>Registration {registration} is not one of this event&apos;s.</source>
        <translation>参加登録{registration}はこのイベントのものではありません。</translation>
    </message>
    <message>
        <source>A programme item needs a title.</source>
        <translation>プログラム項目にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>“{title}” ends ({ends}) before it starts ({starts}).</source>
        <translation>「{title}」の終了（{ends}）が開始（{starts}）より前になっています。</translation>
    </message>
    <message>
        <source>A programme time must carry its time zone.</source>
        <translation>プログラムの時刻にはタイムゾーンが必要です。</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a time (use HH:MM or YYYY-MM-DD HH:MM).</source>
        <translation>{field}：{value!r}は時刻ではありません（HH:MMまたはYYYY-MM-DD HH:MMの形式で入力してください）。</translation>
    </message>
    <message>
        <source>Kind {value!r} is not known; use one of: {kinds}.</source>
        <translation>種類{value!r}は不明です。次のいずれかを使ってください：{kinds}。</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; at most {limit} fit.</source>
        <translation>{field}が{length}文字あります。{limit}文字までです。</translation>
    </message>
    <message>
        <source>Speaker {position} needs a name (or choose a member).</source>
        <translation>登壇者{position}には名前が必要です（または会員を選んでください）。</translation>
    </message>
    <message>
        <source>{count} members match {text!r}; give the e-mail address instead.</source>
        <translation>{text!r}に一致する会員が{count}人います。代わりにメールアドレスを指定してください。</translation>
    </message>
    <message>
        <source>{detail}: “{item}” overlaps “{other}” in the same room.</source>
        <translation>{detail}：「{item}」が同じ部屋の「{other}」と重なっています。</translation>
    </message>
    <message>
        <source>{detail} speaks in “{item}” and “{other}” at the same time.</source>
        <translation>{detail}は「{item}」と「{other}」で同じ時間に登壇します。</translation>
    </message>
    <message>
        <source>“{item}” starts before the event begins.</source>
        <translation>「{item}」がイベントの開始より前に始まります。</translation>
    </message>
    <message>
        <source>“{item}” ends after the event is over.</source>
        <translation>「{item}」がイベントの終了後に終わります。</translation>
    </message>
    <message>
        <source>The registration deadline ({deadline}) is after the event ends ({ends}).</source>
        <translation>申込締切（{deadline}）がイベントの終了（{ends}）より後になっています。</translation>
    </message>
    <message>
        <source>Registration for {event} closed at {deadline}. A coordinator can still register a late sign-up on purpose, or register the person as a walk-in on the day.</source>
        <translation>{event}の申込は{deadline}に締め切られました。コーディネーターは、遅れた申込を意図的に登録するか、当日に当日参加として登録することができます。</translation>
    </message>
    <message>
        <source>The registration of {member} is already cancelled.</source>
        <translation>{member}の参加登録はすでにキャンセルされています。</translation>
    </message>
    <message>
        <source>The registration of {member} is not cancelled; there is nothing to restore.</source>
        <translation>{member}の参加登録はキャンセルされていないため、元に戻すものはありません。</translation>
    </message>
    <message>
        <source>{member} is checked in; undo the check-in before cancelling the registration.</source>
        <translation>{member}は受付済みです。参加登録をキャンセルする前に受付を取り消してください。</translation>
    </message>
    <message>
        <source>{member} is registered already: check them in at the desk instead.</source>
        <translation>{member}はすでに登録されています。代わりに受付デスクで受付してください。</translation>
    </message>
    <message>
        <source>Role must be one of {roles}, not {value!r}.</source>
        <translation>役割は{roles}のいずれかにしてください（{value!r}は使えません）。</translation>
    </message>
    <message>
        <source>Status must be one of {statuses}, not {value!r}.</source>
        <translation>状態は{statuses}のいずれかにしてください（{value!r}は使えません）。</translation>
    </message>
    <message>
        <source>No member matches: {criteria}.</source>
        <translation>一致する会員がいません：{criteria}。</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>ファイル{file}はありません。</translation>
    </message>
    <message>
        <source>{file} is {size_mb} MB; rosters up to {limit_mb} MB can be imported. Is this the right file? Save only the roster sheet as .xlsx or .csv.</source>
        <translation>{file}は{size_mb} MBあります。インポートできる会員名簿は{limit_mb} MBまでです。正しいファイルですか？会員名簿のシートだけを.xlsxまたは.csvで保存してください。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file}は空です。</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet: it is a {found}. Choose an .xlsx, .xls, .ods or .csv file.</source>
        <translation>{file}はスプレッドシートではなく、{found}です。.xlsx、.xls、.ods、.csvのいずれかのファイルを選んでください。</translation>
    </message>
    <message>
        <source>{file} is named like an Excel workbook but is not one (it may have been renamed). Open it in Excel and save it as .xlsx or .csv.</source>
        <translation>{file}はExcelブックのような名前ですが、Excelブックではありません（名前が変更された可能性があります）。Excelで開き、.xlsxまたは.csvで保存してください。</translation>
    </message>
    <message>
        <source>{file}: {suffix} files cannot be imported; save the roster as .xlsx, .xls, .ods or .csv.</source>
        <translation>{file}：{suffix}ファイルはインポートできません。会員名簿を.xlsx、.xls、.ods、.csvのいずれかで保存してください。</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and cannot be read as an Excel workbook ({detail}).</source>
        <translation>{file}は破損しているか不完全なため、Excelブックとして読み取れません（{detail}）。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: the workbook is damaged near row {row} ({detail}).</source>
        <translation>{file}、シート{sheet}：ブックの{row}行目付近が破損しています（{detail}）。</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet!r}.</source>
        <translation>{file}には{sheet!r}という名前のシートがありません。</translation>
    </message>
    <message>
        <source>{file}: more than {limit} rows; split the roster into smaller files.</source>
        <translation>{file}：{limit}行を超えています。会員名簿を小さいファイルに分けてください。</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file: it holds binary data.</source>
        <translation>{file}はテキスト（CSV）ファイルではありません。バイナリデータが含まれています。</translation>
    </message>
    <message>
        <source>{file}, line {line}: the CSV cannot be read ({detail}).</source>
        <translation>{file}、{line}行目：CSVを読み取れません（{detail}）。</translation>
    </message>
    <message>
        <source>{file}, line {line}: a cell holds more than {limit} characters, which no roster cell does; the file is probably not a CSV table, or a quote mark is never closed.</source>
        <translation>{file}、{line}行目：セルに{limit}文字を超える内容があります。会員名簿のセルではありえない長さです。このファイルはCSVの表ではないか、引用符が閉じられていない可能性があります。</translation>
    </message>
    <message>
        <source>{file} could not be read: {detail}</source>
        <translation>{file}を読み取れませんでした：{detail}</translation>
    </message>
    <message>
        <source>{file} mixes text encodings: line {line} is not {encoding} like the rest. Save the file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>{file}では文字コードが混在しています。{line}行目がほかの行のような{encoding}ではありません。Excelで「CSV UTF-8」として保存し直してください。</translation>
    </message>
    <message>
        <source>The text encoding of {file} cannot be recognised (first unreadable line: {line}). Save the file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>{file}の文字コードを判別できません（最初に読み取れなかった行：{line}）。Excelで「CSV UTF-8」として保存し直してください。</translation>
    </message>
    <message>
        <source>{file}: cannot tell whether the fields are separated by {candidates}. Save the file again from Excel as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>{file}：フィールドの区切りが{candidates}のどれか判別できません。Excelで「CSV UTF-8（コンマ区切り）」として保存し直してください。</translation>
    </message>
    <message>
        <source>{where}: the sheet is empty.</source>
        <translation>{where}：シートが空です。</translation>
    </message>
    <message>
        <source>{where}: no header row found in the first {rows} rows. The roster needs a row naming its columns, e.g. Name, E-mail, Country (or 氏名, メール, 国・地域).</source>
        <translation>{where}：最初の{rows}行に見出し行が見つかりません。会員名簿には、列の名前を並べた行（例：Name、E-mail、Country、または氏名、メール、国・地域）が必要です。</translation>
    </message>
    <message>
        <source>{where}: row {row} is blank and cannot be the header row.</source>
        <translation>{where}：{row}行目は空行のため、見出し行にできません。</translation>
    </message>
    <message>
        <source>{where}: there is no row {row}.</source>
        <translation>{where}：{row}行目はありません。</translation>
    </message>
    <message>
        <source>{field!r} is not a member field.</source>
        <translation>{field!r}は会員のフィールドではありません。</translation>
    </message>
    <message>
        <source>Two columns are mapped to the same field ({field}); only text fields and name parts can be combined from several columns.</source>
        <translation>2つの列が同じフィールド（{field}）に割り当てられています。複数の列を結合できるのは、テキストのフィールドと氏名の各部分だけです。</translation>
    </message>
    <message>
        <source>{count} columns are mapped to {field}; at most {limit} columns can be combined.</source>
        <translation>{count}個の列が{field}に割り当てられています。結合できるのは{limit}列までです。</translation>
    </message>
    <message>
        <source>{file}: no column is mapped to the member&apos;s name.</source>
        <translation>{file}：会員の氏名に割り当てられた列がありません。</translation>
    </message>
    <message>
        <source>{value!r} is not a duplicate choice; use update, skip or keep-both.</source>
        <translation>{value!r}は重複時の処理として使えません。update、skip、keep-bothのいずれかを使ってください。</translation>
    </message>
    <message>
        <source>No name: the row has no name in Latin letters.</source>
        <translation>氏名なし：この行にはローマ字の氏名がありません。</translation>
    </message>
    <message>
        <source>{value!r} is not a year.</source>
        <translation>{value!r}は年ではありません。</translation>
    </message>
    <message>
        <source>Visit year {value} is outside {first}-{latest}.</source>
        <translation>来日年{value}が{first}～{latest}の範囲外です。</translation>
    </message>
    <message>
        <source>The cell cannot be read ({value}).</source>
        <translation>セルを読み取れません（{value}）。</translation>
    </message>
    <message>
        <source>{value!r} is not a known gender; stored as not stated.</source>
        <translation>{value!r}は既知の性別ではありません。「未回答」として保存します。</translation>
    </message>
    <message>
        <source>Hidden characters that can change how the text shows were removed: {characters}. Imported as {value!r}.</source>
        <translation>表示を変えるおそれのある不可視文字を削除しました：{characters}。{value!r}としてインポートしました。</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>…ほか %1 件。</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>There is no event with id %1 in this database.

Events in it:
%2</source>
        <translation>このデータベースにはIDが%1のイベントはありません。

このデータベースのイベント：
%2</translation>
    </message>
    <message>
        <source>No such event</source>
        <translation>イベントが見つかりません</translation>
    </message>
    <message>
        <source>The badge could not be made</source>
        <translation>名札を作成できませんでした</translation>
    </message>
    <message>
        <source>Badge ready to print: %1</source>
        <translation>名札の印刷準備ができました：%1</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>重複の相手</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>一致の根拠</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message>
        <source>Stored member: %1 %2</source>
        <translation>登録済みの会員：%1 %2</translation>
    </message>
    <message>
        <source>Name and country</source>
        <translation>氏名と国・地域</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>When:</source>
        <translation>日時：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>会場：</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>オンライン：</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>定員：</translation>
    </message>
    <message>
        <source>Sign-ups close:</source>
        <translation>申込締切：</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Work on this event</source>
        <translation>このイベントで作業</translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation>イベントはまだありません</translation>
    </message>
    <message>
        <source>Create the first event with “New event…”.</source>
        <translation>「新しいイベント…」で最初のイベントを作成してください。</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>締切なし</translation>
    </message>
    <message>
        <source>Places taken: %1 of %2</source>
        <translation>登録数：%2人中%1人</translation>
    </message>
    <message>
        <source>Places taken: %1 (no limit)</source>
        <translation>登録数：%1人（制限なし）</translation>
    </message>
    <message>
        <source>Arrived: %1 of %2 registered</source>
        <translation>到着：登録者%2人中%1人</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>新しいイベント</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>イベントの編集</translation>
    </message>
    <message>
        <source>e.g. 4th SSC India Reunion</source>
        <translation>例：第4回SSCインド同窓会</translation>
    </message>
    <message>
        <source>Chapter name, e.g. SSC India</source>
        <translation>支部名（例：SSC India）</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Close sign-ups at</source>
        <translation>申込締切日時</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>支部：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>タイムゾーン：</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>開始：</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>終了：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>会場：</translation>
    </message>
    <message>
        <source>Online link:</source>
        <translation>オンラインリンク：</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>定員：</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>参加登録：</translation>
    </message>
    <message>
        <source>Beyond the capacity, sign-ups join a waitlist; raising the capacity later gives the first of them a place.</source>
        <translation>定員を超えた申込はキャンセル待ちになります。後で定員を増やすと、キャンセル待ちの先頭の人から順に参加できるようになります。</translation>
    </message>
    <message>
        <source>No online link yet: tickets sent now will not tell online participants how to join. Add the link here before the tickets go out.</source>
        <translation>オンラインリンクがまだありません。今チケットを送ると、オンライン参加者に参加方法が伝わりません。チケットを送る前に、ここにリンクを追加してください。</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>イベントを作成</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Reunions, seminars and webinars of your chapters.</source>
        <translation>各支部の同窓会、セミナー、ウェビナー。</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新しいイベント…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>複製…</translation>
    </message>
    <message>
        <source>A new event like this one on a new date, with its programme</source>
        <translation>このイベントと同じ内容の新しいイベントを、プログラムごと別の日付で作成します</translation>
    </message>
    <message>
        <source>%1 promoted from the waitlist: %2</source>
        <translation>%1人がキャンセル待ちから繰り上がりました：%2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
    <message>
        <source>Created “%1” on %2 with %3 programme items.</source>
        <translation>「%1」を%2に作成しました（プログラム項目%3件）。</translation>
    </message>
    <message>
        <source>Work on this event</source>
        <translation>このイベントで作業</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>Exports</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>came</source>
        <translation>来場</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Attendance sheet (.xlsx)</source>
        <translation>出席表（.xlsx）</translation>
    </message>
    <message>
        <source>One row per registration with both names, chapter, country, affiliation, role, check-in and check-out times in the event&apos;s time zone, and a column per check-in list; a summary sheet by role, country, affiliation, gender and arrival hour.</source>
        <translation>参加登録ごとに1行：両方の氏名、支部、国・地域、所属、役割、イベントのタイムゾーンでの受付・退出時刻、受付リストごとの列。役割、国・地域、所属、性別、到着時刻別の集計シート付き。</translation>
    </message>
    <message>
        <source>All registrations</source>
        <translation>すべての参加登録</translation>
    </message>
    <message>
        <source>Only those who came</source>
        <translation>来場者のみ</translation>
    </message>
    <message>
        <source>Only no-shows (registered, did not come)</source>
        <translation>欠席者のみ（登録したが来場しなかった人）</translation>
    </message>
    <message>
        <source>Save attendance sheet…</source>
        <translation>出席表を保存…</translation>
    </message>
    <message>
        <source>Paper sign-in sheet (PDF)</source>
        <translation>紙の署名用紙（PDF）</translation>
    </message>
    <message>
        <source>Everyone registered, A to Z, with their name in their own script and a signature column; the event and page numbers on every page. Print it before the doors open: it is the backup when the laptop fails.</source>
        <translation>登録者全員をアルファベット順に、母語表記の氏名と署名欄付きで印刷します。各ページにイベント名とページ番号が入ります。開場前に印刷しておけば、ノートPCが故障したときの予備になります。</translation>
    </message>
    <message>
        <source>Save sign-in sheet…</source>
        <translation>署名用紙を保存…</translation>
    </message>
    <message>
        <source>Online attendance (Zoom, Teams, Meet)</source>
        <translation>オンライン出席（Zoom、Teams、Meet）</translation>
    </message>
    <message>
        <source>Import the participant report the meeting tool exports; people are matched by e-mail, then by name. The attendance sheet then says how each person attended and for how long.</source>
        <translation>ミーティングツールが書き出す参加者レポートをインポートします。参加者はまずメールで、次に氏名で照合されます。出席表には、各人がどのように、どれくらいの時間出席したかが記載されます。</translation>
    </message>
    <message>
        <source>Import a report…</source>
        <translation>レポートをインポート…</translation>
    </message>
    <message>
        <source>Match by hand…</source>
        <translation>手動で照合…</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>レポートを削除</translation>
    </message>
    <message>
        <source>Roster (.xlsx or .csv)</source>
        <translation>会員名簿（.xlsxまたは.csv）</translation>
    </message>
    <message>
        <source>The chapter roster, filtered here; no event needed. The .csv opens in Excel with every script intact (UTF-8 with BOM).</source>
        <translation>支部の会員名簿をここで絞り込んで保存します。イベントは不要です。.csvはどの文字もそのままExcelで開けます（BOM付きUTF-8）。</translation>
    </message>
    <message>
        <source>Search any script, e.g. sharma iit</source>
        <translation>どの文字でも検索（例：sharma iit）</translation>
    </message>
    <message>
        <source>Save roster…</source>
        <translation>会員名簿を保存…</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>支部：</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>すべての支部</translation>
    </message>
    <message>
        <source>Choose an event in the bar above for its attendance sheet and sign-in sheet; the roster needs no event.</source>
        <translation>出席表と署名用紙を作成するには、上のバーでイベントを選択してください。会員名簿にはイベントは不要です。</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>Check-in lists (each a column of the sheet): %1</source>
        <translation>受付リスト（それぞれ表の1列）：%1</translation>
    </message>
    <message>
        <source>No check-in lists besides the door.</source>
        <translation>入口以外の受付リストはありません。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 people, %4 matched</source>
        <translation>%1 · %2 · %3人、%4人照合済み</translation>
    </message>
    <message>
        <source>No online report imported yet.</source>
        <translation>オンライン参加レポートはまだインポートされていません。</translation>
    </message>
    <message>
        <source>%1 participants still to match by hand.</source>
        <translation>%1人の参加者がまだ手動での照合待ちです。</translation>
    </message>
    <message>
        <source>Import a participant report</source>
        <translation>参加者レポートのインポート</translation>
    </message>
    <message>
        <source>Participant reports (*.csv *.xlsx *.txt)</source>
        <translation>参加者レポート (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation>それでもインポートしますか？</translation>
    </message>
    <message>
        <source>Replace the earlier import with this one?</source>
        <translation>以前のインポートをこのレポートで置き換えますか？</translation>
    </message>
    <message>
        <source>Imported %1 people from %2: %3 matched.</source>
        <translation>%2から%1人をインポートしました：%3人を照合しました。</translation>
    </message>
    <message>
        <source>Delete this imported report and its minutes?</source>
        <translation>インポートしたこのレポートと、その参加時間を削除しますか？</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>出席表の保存</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>署名用紙の保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the roster</source>
        <translation>会員名簿の保存</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excelブック (*.xlsx);;Excel用CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading who came…</source>
        <translation>来場者を読み込んでいます…</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>%1行を%2に書き出しました。</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>出席表</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1を書き出しています…</translation>
    </message>
    <message>
        <source>Wrote the sign-in sheet for %1 people to %2.</source>
        <translation>%1人分の署名用紙を%2に書き出しました。</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>署名用紙</translation>
    </message>
    <message>
        <source>Wrote %1 members to %2.</source>
        <translation>%1人の会員を%2に書き出しました。</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>会員名簿</translation>
    </message>
    <message>
        <source>%1 not written</source>
        <translation>%1を書き出せませんでした</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>キャンセルしました。ファイルは書き出されていません。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster</source>
        <translation>会員名簿の選択</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, as your chapter keeps it. Title rows above the header, Japanese column names and CSV in any common encoding are fine.</source>
        <translation>支部で管理している Excel（.xlsx）または CSV ファイル。タイトル行、日本語の列名、一般的な文字コードにも対応しています。</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>会員名簿ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Chapter name, e.g. SSC India</source>
        <translation>支部名（例：SSC India）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Import into chapter:</source>
        <translation>インポート先の支部：</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to SSC Desktop</source>
        <translation>SSC Desktop へようこそ</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>スキップ(&amp;K)</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Guest speaker</source>
        <translation>ゲスト登壇者</translation>
    </message>
    <message>
        <source>e.g. Kenichi Sato</source>
        <translation>例：Kenichi Sato</translation>
    </message>
    <message>
        <source>e.g. 佐藤 健一</source>
        <translation>例：佐藤 健一</translation>
    </message>
    <message>
        <source>Name (Latin letters):</source>
        <translation>氏名（ローマ字）：</translation>
    </message>
    <message>
        <source>Name in own script:</source>
        <translation>母語表記の氏名：</translation>
    </message>
    <message>
        <source>Affiliation:</source>
        <translation>所属：</translation>
    </message>
    <message>
        <source>Short bio:</source>
        <translation>略歴：</translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation>ゲストには名前が必要です。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>All rows are written in one go: if the import stops or is cancelled, nothing changes.</source>
        <translation>すべての行を一度に書き込みます。インポートが中断またはキャンセルされた場合は、何も変更されません。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>インポートをキャンセル</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>会員名簿を読み込んでいます…</translation>
    </message>
    <message>
        <source>Writing members: %1 of %2</source>
        <translation>会員を書き込んでいます：%2人中%1人</translation>
    </message>
    <message>
        <source>Reading rows: %1</source>
        <translation>行を読み込んでいます：%1</translation>
    </message>
</context>
<context>
    <name>JudgePhone</name>
    <message>
        <source>Judging</source>
        <translation>審査</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>PIN を入力</translation>
    </message>
    <message>
        <source>The PIN the coordinator gave you (4 to 12 digits).</source>
        <translation>コーディネーターから受け取った PIN（4〜12 桁）。</translation>
    </message>
    <message>
        <source>Open my entries</source>
        <translation>担当作品を開く</translation>
    </message>
    <message>
        <source>No connection to the laptop. Check the Wi-Fi and try again.</source>
        <translation>ノートパソコンに接続できません。Wi-Fi を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your entries</source>
        <translation>担当作品</translation>
    </message>
    <message>
        <source>{done} of {total} scored</source>
        <translation>{total} 件中 {done} 件採点済み</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>採点済み</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>一部採点済み</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>未採点</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Back to my entries</source>
        <translation>担当作品一覧に戻る</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>コメント（任意）</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>採点を保存</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>重み {weight}</translation>
    </message>
    <message>
        <source>Choose a level for {criterion}.</source>
        <translation>{criterion} のレベルを選んでください。</translation>
    </message>
    <message>
        <source>Saved on the laptop.</source>
        <translation>ノートパソコンに保存しました。</translation>
    </message>
    <message>
        <source>Kept on this phone: {count} entry(ies) will be sent when the Wi-Fi returns.</source>
        <translation>この端末に保存中：Wi-Fi が戻ると {count} 件の作品を送信します。</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>保存されませんでした：{reason}</translation>
    </message>
    <message>
        <source>The results are locked: scores can no longer change.</source>
        <translation>結果は確定済みです。採点はもう変更できません。</translation>
    </message>
    <message>
        <source>Judging is closed.</source>
        <translation>審査は締め切られました。</translation>
    </message>
    <message>
        <source>Judging has not opened yet.</source>
        <translation>審査はまだ始まっていません。</translation>
    </message>
    <message>
        <source>You have no entries to judge in this contest.</source>
        <translation>このコンテストで審査する作品はありません。</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>著者</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>要旨</translation>
    </message>
    <message>
        <source>Blind judging: authors are not shown.</source>
        <translation>ブラインド審査：著者は表示されません。</translation>
    </message>
</context>
<context>
    <name>JudgePhonesDialog</name>
    <message>
        <source>Judges&apos; phones — %1</source>
        <translation>審査員のスマートフォン — %1</translation>
    </message>
    <message>
        <source>%1 (this laptop only)</source>
        <translation>%1（このノートPCのみ）</translation>
    </message>
    <message>
        <source>Every network of this laptop</source>
        <translation>このノートPCのすべてのネットワーク</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>New links…</source>
        <translation>新しいリンク…</translation>
    </message>
    <message>
        <source>Make new links for every judge; the old QR codes stop working</source>
        <translation>すべての審査員に新しいリンクを作成します。古いQRコードは使えなくなります</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Print QR cards…</source>
        <translation>QRカードを印刷…</translation>
    </message>
    <message>
        <source>A PDF with one card per judge: name, QR code and link</source>
        <translation>審査員1人につき1枚のカード（氏名、QRコード、リンク）のPDF</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Phones must be on the same Wi-Fi as this laptop. Each judge scans their own code, then types their PIN; they see only their own entries. Scores go straight into this database (“phone” in the audit trail); a phone keeps what it could not send and sends it when the Wi-Fi returns. Closing this window keeps the server running; it stops with Stop or when the app closes.</source>
        <translation>スマートフォンはこのノートPCと同じWi-Fiに接続する必要があります。各審査員は自分のコードを読み取り、PINを入力します。表示されるのは自分の担当作品だけです。得点はこのデータベースに直接記録されます（監査証跡には「phone」と表示）。送信できなかった得点はスマートフォンに保存され、Wi-Fiが戻ると送信されます。このウィンドウを閉じてもサーバーは動き続けます。「停止」を押すか、アプリを終了すると停止します。</translation>
    </message>
    <message>
        <source>The judges&apos; server did not start</source>
        <translation>審査員用サーバーを開始できませんでした</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>新しいリンク</translation>
    </message>
    <message>
        <source>Make new links for every judge of every contest? The QR codes shown or printed so far stop working.</source>
        <translation>すべてのコンテストのすべての審査員に新しいリンクを作成しますか？これまでに表示・印刷したQRコードは使えなくなります。</translation>
    </message>
    <message>
        <source>No new links</source>
        <translation>新しいリンクは作成されませんでした</translation>
    </message>
    <message>
        <source>Judges&apos; QR cards</source>
        <translation>審査員用QRカード</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Judges&apos; cards - %1</source>
        <translation>審査員カード - %1</translation>
    </message>
    <message>
        <source>The cards were not written</source>
        <translation>カードは書き出されませんでした</translation>
    </message>
    <message>
        <source>Serving at %1 — the judges&apos; cards are in %2.</source>
        <translation>%1で稼働中 — 審査員用カードは%2にあります。</translation>
    </message>
    <message>
        <source>The judges&apos; server is serving another contest; Start moves it here.</source>
        <translation>審査員用サーバーは別のコンテストで稼働中です。「開始」を押すとこのコンテストに切り替わります。</translation>
    </message>
    <message>
        <source>The judges&apos; server is stopped.</source>
        <translation>審査員用サーバーは停止しています。</translation>
    </message>
    <message>
        <source>Serving at %1 — judges&apos; phones can connect now.</source>
        <translation>%1で稼働中 — 審査員のスマートフォンから接続できます。</translation>
    </message>
    <message>
        <source>QR code of %1&apos;s link</source>
        <translation>%1のリンクのQRコード</translation>
    </message>
</context>
<context>
    <name>JudgePinDialog</name>
    <message>
        <source>Judge mode — %1</source>
        <translation>審査員モード — %1</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>あなたのPIN</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>審査員</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Only your own entries and your own scores are shown.</source>
        <translation>あなたの担当作品と、あなたの得点だけが表示されます。</translation>
    </message>
</context>
<context>
    <name>JudgeScoringDialog</name>
    <message>
        <source>Judge mode — %1</source>
        <translation>審査員モード — %1</translation>
    </message>
    <message>
        <source>%v of %m scored</source>
        <translation>採点済み：%v / %m</translation>
    </message>
    <message>
        <source>Entries to score</source>
        <translation>採点する作品</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <source>%1, score from %2</source>
        <translation>%1、%2 の範囲で採点</translation>
    </message>
    <message>
        <source>A comment for the coordinator (Enter saves and goes on)</source>
        <translation>コーディネーターへのコメント（Enterで保存して次へ）</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>コメント(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>保存して次へ(&amp;S)</translation>
    </message>
    <message>
        <source>Declare a &amp;conflict…</source>
        <translation>利害関係を申告(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Lock judge mode</source>
        <translation>審査モードをロック(&amp;L)</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number. Type a score from %3 to %4%5.</source>
        <translation>%1：「%2」は数値ではありません。%3 から %4 の得点を入力してください%5。</translation>
    </message>
    <message>
        <source>%1: %2 is not on the scale %3. Type a score from %4 to %5%6.</source>
        <translation>%1：%2 は尺度 %3 にありません。%4 から %5 の得点を入力してください%6。</translation>
    </message>
    <message>
        <source> in steps of %1</source>
        <translation>（%1 刻み）</translation>
    </message>
    <message>
        <source>%1: only numbers can be typed here, from %2 to %3%4.</source>
        <translation>%1：ここには %2 から %3 の数値のみ入力できます%4。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Scores for entry %1 changed: %2.</source>
        <translation>作品 %1 の得点を変更しました：%2。</translation>
    </message>
    <message>
        <source>Scores for entry %1 saved.</source>
        <translation>作品 %1 の得点を保存しました。</translation>
    </message>
    <message>
        <source>Entry %1 saved; no score changed.</source>
        <translation>作品 %1 を保存しました。得点の変更はありません。</translation>
    </message>
    <message>
        <source>Same lab, same supervisor, a relative: the entry goes to another judge</source>
        <translation>同じ研究室、同じ指導教員、親族など：作品はほかの審査員に回されます</translation>
    </message>
    <message>
        <source>Blind judging: entries are shown by code and title only.</source>
        <translation>ブラインド審査：作品はコードとタイトルだけで表示されます。</translation>
    </message>
    <message>
        <source>This contest is locked: scores can no longer change.</source>
        <translation>このコンテストはロックされています。得点はもう変更できません。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No entries are assigned to you yet.</source>
        <translation>まだ担当作品が割り当てられていません。</translation>
    </message>
    <message>
        <source>No level guide for this criterion.</source>
        <translation>この評価項目には段階の目安がありません。</translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation>利害関係の申告</translation>
    </message>
    <message>
        <source>Why can you not judge %1 fairly? (same lab, same supervisor, a relative…)</source>
        <translation>%1を公正に審査できない理由は何ですか？（同じ研究室、同じ指導教員、親族など）</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>利害関係は記録されませんでした</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1は%2に移りました。</translation>
    </message>
    <message>
        <source>%1 was taken off your list; no other judge is free for it, so the coordinator will assign one.</source>
        <translation>%1はあなたのリストから外れました。担当できる審査員がほかにいないため、コーディネーターが割り当てます。</translation>
    </message>
    <message>
        <source>Conflict recorded</source>
        <translation>利害関係を記録しました</translation>
    </message>
</context>
<context>
    <name>KeyboardLayout</name>
    <message>
        <source>French (AZERTY)</source>
        <translation>フランス（AZERTY）</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス</translation>
    </message>
    <message>
        <source>Belgian (AZERTY)</source>
        <translation>ベルギー（AZERTY）</translation>
    </message>
    <message>
        <source>Belgian</source>
        <translation>ベルギー</translation>
    </message>
    <message>
        <source>German or Swiss (QWERTZ)</source>
        <translation>ドイツまたはスイス（QWERTZ）</translation>
    </message>
    <message>
        <source>German (or Swiss)</source>
        <translation>ドイツ（またはスイス）</translation>
    </message>
    <message>
        <source>Japanese (kana input)</source>
        <translation>日本語（かな入力）</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Japanese (JIS)</source>
        <translation>日本語（JIS）</translation>
    </message>
    <message>
        <source>UK English</source>
        <translation>英国英語</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>英国</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Badges &amp;&amp; tickets…</source>
        <translation>名札とチケット…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>会員名簿をインポート…</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>イベント：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Connect to &amp;shared database (PostgreSQL)…</source>
        <translation>共有データベース（PostgreSQL）に接続(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo reunion</source>
        <translation>デモ同窓会を開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>会員名簿をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>バックアップコピー(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>バックアップから復元(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;E-mail settings…</source>
        <translation>メール設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SSC Desktop</source>
        <translation>SSC Desktopについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Database: %1 (read-only: open in another SSC Desktop)</source>
        <translation>データベース：%1（読み取り専用：別のSSC Desktopで開かれています）</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only)</source>
        <translation>%1 — %2（読み取り専用）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>データベースをアップグレードしました</translation>
    </message>
    <message>
        <source>This database held %1 doubled check-in(s) from an older version (the same person checked in twice at once). Each person now has one check-in per list, the earliest of their stay; the others are kept, marked undone.</source>
        <translation>このデータベースには、以前のバージョンで生じた二重の受付（同じ人が同時に2回受付されたもの）が%1件ありました。現在は1人につきリストごとに1件の受付（滞在中で最も早いもの）になっています。ほかの受付は取り消し済みとして残されています。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>共有データベース</translation>
    </message>
    <message>
        <source>PostgreSQL address shared by the laptops at the venue:</source>
        <translation>会場のノートPCで共有するPostgreSQLのアドレス：</translation>
    </message>
    <message>
        <source>Cannot create the demo reunion</source>
        <translation>デモ同窓会を作成できません</translation>
    </message>
    <message>
        <source>Demo reunion created.</source>
        <translation>デモ同窓会を作成しました。</translation>
    </message>
    <message>
        <source>Demo reunion opened as you left it.</source>
        <translation>デモ同窓会を前回の状態で開きました。</translation>
    </message>
    <message>
        <source>Demo reunion</source>
        <translation>デモ同窓会</translation>
    </message>
    <message>
        <source>There is a demo reunion from before, with what you did in it. Open it as you left it, or start the demo anew (what you did in it is then forgotten)?</source>
        <translation>以前のデモ同窓会があり、そこで行った操作が残っています。前回の状態で開きますか？それともデモを最初からやり直しますか（行った操作は消去されます）？</translation>
    </message>
    <message>
        <source>Open as I left it</source>
        <translation>前回の状態で開く</translation>
    </message>
    <message>
        <source>Start anew</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <source>Roster imported: %1 members added or updated.</source>
        <translation>会員名簿をインポートしました：%1人の会員を追加または更新しました。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>書き出しました：%1</translation>
    </message>
    <message>
        <source>Tickets e-mailed: %1</source>
        <translation>チケットをメールで送信しました：%1</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>バックアップコピー</translation>
    </message>
    <message>
        <source>Writing backup copy…</source>
        <translation>バックアップコピーを書き出しています…</translation>
    </message>
    <message>
        <source>Backup copy written to %1</source>
        <translation>バックアップコピーを%1に書き出しました</translation>
    </message>
    <message>
        <source>Backup copy failed</source>
        <translation>バックアップコピーに失敗しました</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>最近使ったデータベースはありません</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>%1 members · %2 events</source>
        <translation>会員%1人 · イベント%2件</translation>
    </message>
    <message>
        <source>No events yet — create one on the Events page.</source>
        <translation>イベントはまだありません — イベントページで作成してください。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>列の確認</translation>
    </message>
    <message>
        <source>Each column goes to the member field chosen in the first row. Fix any that are wrong; the mapping is remembered for files with the same headers.</source>
        <translation>各列は1行目で選んだ会員フィールドに取り込まれます。間違っているものは修正してください。この割り当ては、同じ見出しのファイルのために記憶されます。</translation>
    </message>
    <message>
        <source>Header row: </source>
        <translation>見出し行：</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>kept in the notes: %1</source>
        <translation>メモに保存：%1</translation>
    </message>
    <message>
        <source>Combined: %1</source>
        <translation>結合：%1</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>すべての列をインポートします。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1列</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Not imported (%1 columns): %2. Choose “Keep in the notes” to keep one.</source>
        <translation>インポートしない列（%1列）：%2。残したい列は「メモに保存」を選んでください。</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>シート：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>シート%1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>コンマ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>縦線</translation>
    </message>
    <message>
        <source>%1, separated by %2</source>
        <translation>%1、%2区切り</translation>
    </message>
    <message>
        <source>headers on row %1</source>
        <translation>見出しは%1行目</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;mapping remembered from an earlier import&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;以前のインポートで記憶した割り当て&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Hidden characters that can change how a name shows will be taken out (ZWJ and ZWNJ, which are spelling, are kept): %1</source>
        <translation>氏名の表示を変えるおそれのある不可視文字は削除されます（綴りの一部であるZWJとZWNJは残します）：%1</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>SSP visit</source>
        <translation>SSP来日</translation>
    </message>
    <message>
        <source>Host in Japan</source>
        <translation>日本の受入機関</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>%1 members selected: “Merge two members…” makes one record of two.</source>
        <translation>%1人の会員を選択中：「2人の会員を統合…」で2件の記録を1件にまとめます。</translation>
    </message>
    <message>
        <source>%1 members selected.</source>
        <translation>%1人の会員を選択中。</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>会員が選択されていません</translation>
    </message>
    <message>
        <source>Choose a row to see the member&apos;s details.</source>
        <translation>行を選ぶと会員の詳細が表示されます。</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>氏名（ローマ字）</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語表記</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>e.g. 2019</source>
        <translation>例：2019</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation>支部なし</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Choose a member</source>
        <translation>会員の選択</translation>
    </message>
    <message>
        <source>Type a name (any script), e-mail or affiliation…</source>
        <translation>氏名（どの文字でも）、メール、所属を入力…</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>会員を検索</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>見つかった会員</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>登壇者を追加</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語表記</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来日年</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Alumni from every chapter roster.</source>
        <translation>すべての支部の会員名簿に載っている同窓生。</translation>
    </message>
    <message>
        <source>Merge two members…</source>
        <translation>2人の会員を統合…</translation>
    </message>
    <message>
        <source>Select two rows (Ctrl+click) that are the same person, then merge them.</source>
        <translation>同一人物の2行を選択（Ctrl+クリック）してから統合してください。</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>会員を検索</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation — typos are forgiven…</source>
        <translation>氏名（どの文字でも）、メール、所属を検索 — 多少の入力ミスは許容されます…</translation>
    </message>
    <message>
        <source>A close match: the search words are spelt a little differently here.</source>
        <translation>近い候補：検索語とつづりが少し異なります。</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>会員の編集</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>統合する相手…</translation>
    </message>
    <message>
        <source>This database has no members yet.

To look around first, open the demo reunion (File → Open the demo reunion).</source>
        <translation>このデータベースにはまだ会員がいません。

まず試してみるには、デモ同窓会を開いてください（ファイル → デモ同窓会を開く）。</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>会員を読み込んでいます…</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>すべての支部</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国・地域</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>会員%1人</translation>
    </message>
    <message>
        <source>%1 of %2 shown (%3 close matches)</source>
        <translation>%2人中%1人を表示（近い候補%3人）</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2人中%1人を表示</translation>
    </message>
</context>
<context>
    <name>MergeDesksDialog</name>
    <message>
        <source>Merge desks</source>
        <translation>受付デスクの統合</translation>
    </message>
    <message>
        <source>The check-ins, undos and check-outs of each desk file come into this database. Merging a file again changes nothing. When two desks let the same person in, the earlier check-in stands and both are listed below. Desks may keep scanning meanwhile.</source>
        <translation>各デスクファイルの受付、取り消し、退出をこのデータベースに取り込みます。同じファイルをもう一度統合しても何も変わりません。2つのデスクで同じ人が受付された場合は、早いほうの受付が有効になり、両方が下に表示されます。統合中もデスクでスキャンを続けられます。</translation>
    </message>
    <message>
        <source>Desk files to merge</source>
        <translation>統合するデスクファイル</translation>
    </message>
    <message>
        <source>Add desk files…</source>
        <translation>デスクファイルを追加…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ：</translation>
    </message>
    <message>
        <source>Desk file</source>
        <translation>デスクファイル</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Undos</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Check-outs</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>既存</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>What each desk file brought</source>
        <translation>各デスクファイルの取り込み内容</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Stands</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Desk files</source>
        <translation>デスクファイル</translation>
    </message>
    <message>
        <source>Merging the desks&apos; check-ins…</source>
        <translation>受付デスクの受付記録を統合しています…</translation>
    </message>
    <message>
        <source>Cancelled. What was merged stays merged; merging again finishes the rest.</source>
        <translation>キャンセルしました。統合済みの分はそのまま残ります。もう一度統合すると残りが完了します。</translation>
    </message>
    <message>
        <source>%1 desk file(s) merged: %2 check-ins added, %3 conflict(s).</source>
        <translation>%1件のデスクファイルを統合しました：受付%2件を追加、競合%3件。</translation>
    </message>
    <message>
        <source>The door</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>The merge stopped: %1</source>
        <translation>統合が中断しました：%1</translation>
    </message>
</context>
<context>
    <name>MergeMembersDialog</name>
    <message>
        <source>Merge two member records</source>
        <translation>2件の会員記録の統合</translation>
    </message>
    <message>
        <source>These two records become one. Choose the record that stays, and for each field the value to keep. The other record&apos;s registrations, check-ins and programme slots move to the one that stays; then it is deleted. This cannot be undone.</source>
        <translation>この2件の記録を1件にまとめます。残す記録と、各フィールドで残す値を選んでください。もう一方の記録の参加登録、受付、プログラムの担当は残す記録に移され、その後もう一方は削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>記録%1</translation>
    </message>
    <message>
        <source>Record that stays:</source>
        <translation>残す記録：</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>氏名（ローマ字）</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語表記</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>SSP visit</source>
        <translation>SSP来日</translation>
    </message>
    <message>
        <source>Host in Japan</source>
        <translation>日本の受入機関</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Record %1 stays; record %2 is deleted.</source>
        <translation>記録%1を残し、記録%2を削除します。</translation>
    </message>
    <message>
        <source>%1 registration(s) and %2 programme slot(s) move to record %3.</source>
        <translation>%1件の参加登録と%2件のプログラムの担当が記録%3に移ります。</translation>
    </message>
    <message>
        <source>Both are registered for %1 event(s): the better registration stays there (registered before waitlisted before cancelled) and keeps the check-ins of both.</source>
        <translation>両方が%1件のイベントに登録されています。そのイベントでは、より有効な登録（登録済み、キャンセル待ち、キャンセルの順）が残り、両方の受付記録を引き継ぎます。</translation>
    </message>
    <message>
        <source>Taken from record %1: %2.</source>
        <translation>記録%1から引き継ぐ値：%2。</translation>
    </message>
</context>
<context>
    <name>OnlineMatchingDialog</name>
    <message>
        <source>Match online participants</source>
        <translation>オンライン参加者の照合</translation>
    </message>
    <message>
        <source>These people joined online but could not be matched to a registration by e-mail or name. Choose who each one is.</source>
        <translation>これらの人はオンラインで参加しましたが、メールや氏名で参加登録と照合できませんでした。それぞれ誰なのかを選んでください。</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>レポート上の名前</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Time online</source>
        <translation>オンライン時間</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <source>Online names to match</source>
        <translation>照合するオンライン参加者名</translation>
    </message>
    <message>
        <source>Registered as:</source>
        <translation>登録上の人：</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>%1 (%2% alike)</source>
        <translation>%1（類似度%2%）</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1は%2です。</translation>
    </message>
    <message>
        <source>%1 left out: not a registered person.</source>
        <translation>%1を除外しました：登録者ではありません。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>システムと同じ（%1）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>SSC Desktop will speak this language from its next start.</source>
        <translation>SSC Desktop は次回の起動からこの言語で表示されます。</translation>
    </message>
</context>
<context>
    <name>PrepareDeskDialog</name>
    <message>
        <source>Prepare desk</source>
        <translation>受付デスクの準備</translation>
    </message>
    <message>
        <source>One file with “%1”: its registrations, people&apos;s names, ticket secret, check-in lists and desk notes. Another laptop opens it as its database and checks people in with no server; Merge desks… brings its check-ins back. The file holds personal data: it is locked with a passphrase — give the passphrase separately from the file.</source>
        <translation>「%1」の参加登録、氏名、チケットの秘密鍵、受付リスト、受付メモを1つのファイルにまとめます。別のノートPCでこのファイルをデータベースとして開くと、サーバーなしで受付できます。受付記録は「受付デスクを統合…」で取り込みます。ファイルには個人情報が含まれるため、パスフレーズで保護されます。パスフレーズはファイルとは別の方法で伝えてください。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ：</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>確認：</translation>
    </message>
    <message>
        <source>Desk file</source>
        <translation>デスクファイル</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Writing the desk file…</source>
        <translation>デスクファイルを書き出しています…</translation>
    </message>
    <message>
        <source>Cancelled: no desk file was written.</source>
        <translation>キャンセルしました。デスクファイルは書き出されていません。</translation>
    </message>
    <message>
        <source>Written: %1 — %2 registrations, %3 check-ins, %4 check-in lists. On the desk laptop: open it with File → Open database… (or ssc-desktop --db FILE) and the passphrase.</source>
        <translation>書き出しました：%1 — 参加登録%2件、受付%3件、受付リスト%4件。受付デスクのノートPCでは、「ファイル → データベースを開く…」（またはssc-desktop --db FILE）でこのファイルを開き、パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>No desk file was written: %1</source>
        <translation>デスクファイルは書き出されませんでした：%1</translation>
    </message>
</context>
<context>
    <name>PrintedWords</name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>{page} / {total} ページ</translation>
    </message>
    <message>
        <source>Sign-in sheet — {title}</source>
        <translation>署名用紙 — {title}</translation>
    </message>
    <message>
        <source>Sign-in sheet · {title} · {date}</source>
        <translation>署名用紙 · {title} · {date}</translation>
    </message>
    <message>
        <source>{count} registered. Please sign beside your name.</source>
        <translation>登録者 {count} 名。ご自分の名前の横に署名してください。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Chapter · affiliation</source>
        <translation>支部 · 所属</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Nobody is registered yet.</source>
        <translation>まだ登録者はいません。</translation>
    </message>
    <message>
        <source>Agenda — {title}</source>
        <translation>プログラム — {title}</translation>
    </message>
    <message>
        <source>Venue: {venue}</source>
        <translation>会場：{venue}</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>オンライン：{link}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>No programme items yet.</source>
        <translation>プログラムの項目はまだありません。</translation>
    </message>
    <message>
        <source>All times are local to the event ({zone}).</source>
        <translation>時刻はすべて開催地の現地時刻（{zone}）です。</translation>
    </message>
    <message>
        <source>Reunion report — {title}</source>
        <translation>同窓会報告書 — {title}</translation>
    </message>
    <message>
        <source>Reunion report · {title} · {date}</source>
        <translation>同窓会報告書 · {title} · {date}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>会場参加</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>Arrivals per hour (local time)</source>
        <translation>1時間ごとの到着数（現地時刻）</translation>
    </message>
    <message>
        <source>Registered and attended by country</source>
        <translation>国別の登録者数と出席者数</translation>
    </message>
    <message>
        <source>Registered and attended by role</source>
        <translation>役割別の登録者数と出席者数</translation>
    </message>
    <message>
        <source>No arrivals recorded.</source>
        <translation>到着の記録はありません。</translation>
    </message>
    <message>
        <source>Nobody registered yet.</source>
        <translation>まだ登録者はいません。</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Parts of the day: {parts}</source>
        <translation>セッション別の出席者数：{parts}</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>コンテスト</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>賞</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>受賞者</translation>
    </message>
    <message>
        <source>Contest winners</source>
        <translation>コンテスト受賞者</translation>
    </message>
    <message>
        <source>Notes from the coordinator</source>
        <translation>コーディネーターからのメモ</translation>
    </message>
    <message>
        <source>No programme items.</source>
        <translation>プログラムの項目はありません。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>PDFを書き出しています</translation>
    </message>
    <message>
        <source>Results — {title}</source>
        <translation>結果 — {title}</translation>
    </message>
    <message>
        <source>Final results</source>
        <translation>最終結果</translation>
    </message>
    <message>
        <source>Provisional results (not yet locked)</source>
        <translation>暫定結果（未確定）</translation>
    </message>
    <message>
        <source>{kind} contest · {status}</source>
        <translation>{kind}コンテスト · {status}</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>テーマ：{theme}</translation>
    </message>
    <message>
        <source>Ranked by: {method}. Each judge&apos;s total is the weighted rubric score as a percentage; ties are broken by the stated order and entries still equal share a rank (=).</source>
        <translation>順位の算出方法：{method}。各審査員の合計は、ルーブリックの加重得点を百分率で表したものです。同点は定められた順序で決め、それでも並んだ作品は同じ順位（=）になります。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全作品</translation>
    </message>
    <message>
        <source>Remaining ties: {ties}</source>
        <translation>解消されなかった同点：{ties}</translation>
    </message>
    <message>
        <source>How these results were computed</source>
        <translation>結果の算出方法</translation>
    </message>
    <message>
        <source>{heading}. {text}</source>
        <translation>{heading}。{text}</translation>
    </message>
    <message>
        <source>{name} × {weight} (out of {maximum})</source>
        <translation>{name} × {weight}（満点 {maximum}）</translation>
    </message>
    <message>
        <source>A judge&apos;s total</source>
        <translation>審査員ごとの合計</translation>
    </message>
    <message>
        <source>For each entry, each judge&apos;s total is the weighted share of the best possible sheet: every score is divided by its criterion&apos;s maximum, multiplied by the criterion&apos;s weight, the products are added up, divided by the sum of the weights ({weight_sum}) and multiplied by 100. The criteria and weights: {weights}. Only complete sheets count: a judge who left any criterion empty for an entry gives it no total.</source>
        <translation>各作品について、各審査員の合計は、満点の採点表に対する加重割合です。各得点をその評価項目の満点で割り、評価項目の重みを掛け、それらの積を足し合わせ、重みの合計（{weight_sum}）で割って100を掛けます。評価項目と重み：{weights}。数えるのは全項目が記入された採点表だけです。ある作品でいずれかの評価項目を空欄にした審査員は、その作品に合計を付けません。</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>The mean of an entry is the plain average of its judges&apos; totals.</source>
        <translation>作品の平均は、その作品を採点した審査員の合計を単純に平均したものです。</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>標準化</translation>
    </message>
    <message>
        <source>A harsh judge and a lenient one should weigh the same. So each judge&apos;s totals are turned into z-scores over that judge&apos;s own entries: minus that judge&apos;s mean, divided by that judge&apos;s population standard deviation (dividing by the number of entries, not one less). Each z-score is shown as {mean} + {sd} × z, so a judge&apos;s average entry gets {mean} and one standard deviation is {sd} points ({mean} ± {sd}). A judge with fewer than two entries, or who gave every entry the same total, gives {mean}. An entry&apos;s normalized total is the mean of its judges&apos; normalized totals.</source>
        <translation>厳しい審査員と甘い審査員は同じ重みであるべきです。そこで各審査員の合計を、その審査員自身が採点した作品の中でzスコアに変換します。その審査員の平均を引き、その審査員の母標準偏差（作品数で割り、作品数から1を引いた数では割りません）で割ります。各zスコアは {mean} + {sd} × z として示すため、審査員にとって平均的な作品は {mean}、1標準偏差は {sd} 点（{mean} ± {sd}）になります。採点した作品が2件未満の審査員や、すべての作品に同じ合計を付けた審査員は {mean} を付けたものとします。作品の標準化合計は、その作品の審査員の標準化合計の平均です。</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>トリム平均</translation>
    </message>
    <message>
        <source>With {judges} or more judges on an entry, its highest and its lowest total are dropped and the rest averaged; with fewer judges the trimmed mean equals the mean.</source>
        <translation>1つの作品に審査員が{judges}人以上いる場合は、最高と最低の合計を除いて残りを平均します。審査員がそれより少ない場合、トリム平均は平均と同じです。</translation>
    </message>
    <message>
        <source>Ranking and ties</source>
        <translation>順位と同点</translation>
    </message>
    <message>
        <source>These results are ranked by the {method}, within each category. Entries with equal totals (compared to 6 decimals) are ordered by their mean score on “{criterion}”, then the number of judges who scored them (more first). Entries still equal after that share a rank, marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.</source>
        <translation>この結果は部門ごとに{method}で順位付けしています。合計が等しい作品（小数点以下6桁まで比較）は、「{criterion}」の平均得点、次に採点した審査員の数（多い順）で並べます。それでも等しい作品は同じ順位となって「=」が付き、次の順位は飛ばします（1, 1, 3）。どの審査員も採点を終えていない作品は順位なしで載せます。</translation>
    </message>
    <message>
        <source>These results are ranked by the {method}, within each category. Entries with equal totals (compared to 6 decimals) are ordered by the number of judges who scored them (more first). Entries still equal after that share a rank, marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.</source>
        <translation>この結果は部門ごとに{method}で順位付けしています。合計が等しい作品（小数点以下6桁まで比較）は、採点した審査員の数（多い順）で並べます。それでも等しい作品は同じ順位となって「=」が付き、次の順位は飛ばします（1, 1, 3）。どの審査員も採点を終えていない作品は順位なしで載せます。</translation>
    </message>
    <message>
        <source>Worked example: {code}</source>
        <translation>計算例：{code}</translation>
    </message>
    <message>
        <source>{code} was scored by {judges} judge(s), whose totals were {totals}: mean {mean}. Normalized per judge: {normalized}; their mean {normalized_mean}. Trimmed mean {trimmed}. Ranked by the {method}: {total}, rank {rank} in {category}.</source>
        <translation>{code} は {judges} 人の審査員が採点し、合計は {totals}、平均は {mean} でした。審査員ごとの標準化値：{normalized}、その平均 {normalized_mean}。トリム平均 {trimmed}。{method}による順位：{total}、{category}で{rank}位。</translation>
    </message>
    <message>
        <source>its category</source>
        <translation>その部門</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>暫定</translation>
    </message>
    <message>
        <source>The contest is not locked: scores may still change.</source>
        <translation>コンテストはまだ確定していません。得点は今後変わる可能性があります。</translation>
    </message>
    <message>
        <source>This certificate is presented to</source>
        <translation>本証明書を次の方に授与します</translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Badges — {title}</source>
        <translation>名札 — {title}</translation>
    </message>
    <message>
        <source>Ticket — {title} — {name}</source>
        <translation>チケット — {title} — {name}</translation>
    </message>
    <message>
        <source>Ticket · {chapter}</source>
        <translation>チケット · {chapter}</translation>
    </message>
    <message>
        <source>Show this code at the door: on your phone or printed. It is yours alone.</source>
        <translation>受付でこのコードを提示してください（スマートフォンの画面でも印刷でも可）。あなた専用のコードです。</translation>
    </message>
    <message>
        <source>A new ticket replaces this one.</source>
        <translation>新しいチケットが発行されると、このチケットは使えなくなります。</translation>
    </message>
    <message>
        <source>Judges&apos; phone cards — {title}</source>
        <translation>審査員用スマートフォンカード — {title}</translation>
    </message>
    <message>
        <source>Scan with your phone, then type your PIN.</source>
        <translation>スマートフォンで読み取り、PINを入力してください。</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>プログラム項目の編集</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>新しいプログラム項目</translation>
    </message>
    <message>
        <source>e.g. Opening keynote</source>
        <translation>例：開会基調講演</translation>
    </message>
    <message>
        <source>Room or track</source>
        <translation>部屋・トラック</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>from</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>会員を追加…</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>ゲストを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <source>Room or track:</source>
        <translation>部屋・トラック：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>日時：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明：</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>登壇者：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1（ゲスト）</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>The day of the chosen event: talks, breaks and rooms.</source>
        <translation>選択中のイベントの1日：講演、休憩、部屋。</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>項目を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>A copy placed right after the item, in the same room (Ctrl+D)</source>
        <translation>同じ部屋の、この項目のすぐ後にコピーを置きます（Ctrl+D）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDFにエクスポート…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excelにエクスポート…</translation>
    </message>
    <message>
        <source>Programme items</source>
        <translation>プログラム項目</translation>
    </message>
    <message>
        <source>No items yet. Add the first one with “Add item…”.</source>
        <translation>まだ項目がありません。「項目を追加…」で最初の項目を追加してください。</translation>
    </message>
    <message>
        <source>Programme warnings</source>
        <translation>プログラムの警告</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>%1 — times in %2</source>
        <translation>%1 — 時刻は%2</translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation>先にイベントを選択または作成してください。</translation>
    </message>
    <message>
        <source>No clashes: every room and speaker is in one place at a time.</source>
        <translation>重なりはありません。どの部屋も登壇者も、同じ時間には1か所だけです。</translation>
    </message>
    <message>
        <source>%1 warnings — click one to see the item</source>
        <translation>警告%1件 — クリックすると項目が表示されます</translation>
    </message>
    <message>
        <source>1 warning — click it to see the item</source>
        <translation>警告1件 — クリックすると項目が表示されます</translation>
    </message>
    <message>
        <source>Cannot duplicate the item</source>
        <translation>項目を複製できません</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>項目の削除</translation>
    </message>
    <message>
        <source>Delete “%1” from the programme?</source>
        <translation>「%1」をプログラムから削除しますか？</translation>
    </message>
    <message>
        <source>Cannot delete the item</source>
        <translation>項目を削除できません</translation>
    </message>
    <message>
        <source>PDF agenda (*.pdf)</source>
        <translation>PDFのプログラム (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>プログラムのエクスポート</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1を書き出しています…</translation>
    </message>
    <message>
        <source>Agenda written to %1</source>
        <translation>プログラムを%1に書き出しました</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き出されていません。</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
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
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>すべてはい(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>すべていいえ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>RegisterMembersDialog</name>
    <message>
        <source>Register members — %1</source>
        <translation>会員の参加登録 — %1</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation…</source>
        <translation>氏名（どの文字でも）、メール、所属を検索…</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>すべての支部</translation>
    </message>
    <message>
        <source>Hide those registered already</source>
        <translation>登録済みの人を隠す</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>表示中をすべて選択</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割：</translation>
    </message>
    <message>
        <source>Sign-ups closed on %1: register them all the same</source>
        <translation>申込は%1に締め切られました：それでも全員を登録する</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>会員を読み込んでいます…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語表記</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>会員を検索</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>SSP visit year</source>
        <translation>SSP来日年</translation>
    </message>
    <message>
        <source>Members to register</source>
        <translation>登録する会員</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来日年</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>For this event</source>
        <translation>このイベント</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国・地域</translation>
    </message>
    <message>
        <source>Any visit year</source>
        <translation>すべての来日年</translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>%2人中%1人を表示</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>%1人を登録</translation>
    </message>
    <message>
        <source>No limit on places</source>
        <translation>定員の制限なし</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>定員%2人中%1人分の空き</translation>
    </message>
    <message>
        <source>%1 will join the waitlist</source>
        <translation>%1人がキャンセル待ちになります</translation>
    </message>
    <message>
        <source>Registered %1, waitlisted %2.</source>
        <translation>%1人を登録、%2人をキャンセル待ちにしました。</translation>
    </message>
    <message>
        <source>%1 had a registration already.</source>
        <translation>%1人はすでに参加登録していました。</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Registrations</source>
        <translation>参加登録</translation>
    </message>
    <message>
        <source>Register members…</source>
        <translation>会員を登録…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>当日参加…</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>参加登録を検索</translation>
    </message>
    <message>
        <source>Search names in any script, e-mail or affiliation…</source>
        <translation>氏名（どの文字でも）、メール、所属を検索…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>すべての役割</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>役割を変更</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>参加登録をキャンセル</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the cancellation: back to a place if one is free, else to the end of the waitlist.</source>
        <translation>キャンセルを取り消します。空きがあれば参加枠に戻り、なければキャンセル待ちの最後に入ります。</translation>
    </message>
    <message>
        <source>Desk note…</source>
        <translation>受付メモ…</translation>
    </message>
    <message>
        <source>What the check-in desk must do for this person; shown when they check in.</source>
        <translation>受付デスクでこの人に対して行うこと。受付時に表示されます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語表記</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Desk note</source>
        <translation>受付メモ</translation>
    </message>
    <message>
        <source>Choose an event in the bar above to see who is coming.</source>
        <translation>上のバーでイベントを選択すると、参加予定者が表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>sign-ups close %1</source>
        <translation>申込締切 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>No event is chosen. Create one on the Events page, then pick it in the bar above.</source>
        <translation>イベントが選択されていません。イベントページで作成し、上のバーで選択してください。</translation>
    </message>
    <message>
        <source>No one is registered for this event yet.

“Register members…” signs people up from the roster; “Walk-in…” adds a person at the desk.</source>
        <translation>このイベントにはまだ誰も登録されていません。

「会員を登録…」で会員名簿から参加登録できます。「当日参加…」で受付デスクで人を追加できます。</translation>
    </message>
    <message>
        <source>Over capacity by %1</source>
        <translation>定員を%1人超過</translation>
    </message>
    <message>
        <source>%1 places free</source>
        <translation>空き%1人</translation>
    </message>
    <message>
        <source>Full: new sign-ups join the waitlist</source>
        <translation>満員：新しい申込はキャンセル待ちになります</translation>
    </message>
    <message>
        <source>No limit on places</source>
        <translation>定員の制限なし</translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation>（キャンセル待ち+%1人）</translation>
    </message>
    <message>
        <source>%1 registrations</source>
        <translation>参加登録%1件</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2件中%1件を表示</translation>
    </message>
    <message>
        <source>Undo the check-in at the desk first.</source>
        <translation>先に受付デスクで受付を取り消してください。</translation>
    </message>
    <message>
        <source>Cancel the registration of %1?</source>
        <translation>%1の参加登録をキャンセルしますか？</translation>
    </message>
    <message>
        <source>The first person on the waitlist gets the place.</source>
        <translation>キャンセル待ちの先頭の人が参加できるようになります。</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>キャンセルしました：%1。</translation>
    </message>
    <message>
        <source>Promoted from the waitlist: %1.</source>
        <translation>キャンセル待ちから繰り上がりました：%1。</translation>
    </message>
    <message>
        <source>Restored: %1 has a place again.</source>
        <translation>元に戻しました：%1は再び参加できます。</translation>
    </message>
    <message>
        <source>The event is full: %1 is back on the waitlist, at the end.</source>
        <translation>イベントは満員です：%1はキャンセル待ちの最後に戻りました。</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1の役割を変更しました：%2。</translation>
    </message>
    <message>
        <source>Desk note for %1 saved.</source>
        <translation>%1の受付メモを保存しました。</translation>
    </message>
    <message>
        <source>Desk note for %1 cleared.</source>
        <translation>%1の受付メモを消去しました。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>SSC Desktop backs this database up when it opens it, before each upgrade and every 10 minutes while an event is under way; it keeps the last 20 and one a day for 30 days. Restoring one puts it in place of the database; the database as it is now is backed up first, so a restore can be undone.</source>
        <translation>SSC Desktopは、このデータベースを開いたとき、アップグレードの前、イベント開催中は10分ごとにバックアップを作成します。保存されるのは最新の20件と、30日分の1日1件です。復元するとバックアップがデータベースと置き換わります。現在のデータベースは先にバックアップされるので、復元は元に戻せます。</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>保存先：%1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>参加登録</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>バックアップを読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>起動時</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>アップグレード前</translation>
    </message>
    <message>
        <source>every 10 minutes (event under way)</source>
        <translation>10分ごと（イベント開催中）</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>%1 backup(s).</source>
        <translation>バックアップ%1件。</translation>
    </message>
    <message>
        <source>No backups yet: the first is taken when SSC Desktop opens the database.</source>
        <translation>バックアップはまだありません。最初のバックアップはSSC Desktopがデータベースを開いたときに作成されます。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>バックアップ中</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>データベースをバックアップしています…</translation>
    </message>
    <message>
        <source>Put the backup of %1 (%2 members, %3 registrations, %4 check-ins) in place of the database?

The database as it is now is backed up first, so you can come back to it.</source>
        <translation>%1のバックアップ（会員%2人、参加登録%3件、受付%4件）でデータベースを置き換えますか？

現在のデータベースは先にバックアップされるので、後で戻すことができます。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>復元中</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>%1のバックアップを復元しています…</translation>
    </message>
    <message>
        <source>Cancelled: the database was not changed.</source>
        <translation>キャンセルしました。データベースは変更されていません。</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <source>(not imported)</source>
        <translation>（インポートしない）</translation>
    </message>
    <message>
        <source>Name (Latin letters)</source>
        <translation>氏名（ローマ字）</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>母語表記の氏名</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>読み（かな）</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Visit year</source>
        <translation>来日年</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>受入機関</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>ミドルネーム</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Keep in the notes</source>
        <translation>メモに保存</translation>
    </message>
    <message>
        <source>+ %1 (joined with the other column)</source>
        <translation>+ %1（ほかの列と結合）</translation>
    </message>
    <message>
        <source>Update the member</source>
        <translation>会員を更新</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>行をスキップ</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>両方を残す</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>インポート方法</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct the value</source>
        <translation>ダブルクリックまたはF2で値を修正</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Leave this row out of the import</source>
        <translation>この行をインポートから除外</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>会員名簿のインポート</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1を読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>The import stopped: %1 Nothing was changed.</source>
        <translation>インポートが中断しました：%1 何も変更されていません。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>インポートはキャンセルされました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <source>Rubric — %1</source>
        <translation>評価基準 — %1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>刻み</translation>
    </message>
    <message>
        <source>Guide (level: meaning; level: meaning)</source>
        <translation>目安（段階: 意味; 段階: 意味）</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>評価項目を追加</translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation>最後の項目を削除</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a certificate</source>
        <translation>証明書のスキャン</translation>
    </message>
    <message>
        <source>Hold the certificate&apos;s QR code up to the camera.</source>
        <translation>証明書のQRコードをカメラにかざしてください。</translation>
    </message>
    <message>
        <source>No camera found. Type the certificate&apos;s number, or paste its QR text, into the Verify box.</source>
        <translation>カメラが見つかりません。証明書の番号を入力するか、QRコードのテキストを「確認」欄に貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>ScannerLayoutHint</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1または%2</translation>
    </message>
    <message>
        <source>This scanner&apos;s keys are being typed as Japanese kana: the input method on this laptop is in kana mode. Switch it to direct input (英数 / alphanumeric) while scanning; codes are being corrected meanwhile.</source>
        <translation>このスキャナーの入力が日本語のかなとして入力されています。このノートPCの入力方式がかな入力モードになっています。スキャン中は直接入力（英数）に切り替えてください。それまではコードを自動で補正します。</translation>
    </message>
    <message>
        <source>This scanner types as a US keyboard but this laptop uses %1. Set the scanner to the %2 layout (see its manual: keyboard country / language barcode) or switch the laptop to US English; codes are being corrected meanwhile.</source>
        <translation>このスキャナーは米国キーボードとして入力しますが、このノートPCは%1配列を使っています。スキャナーを%2配列に設定する（マニュアルのキーボードの国・言語用バーコードを参照）か、ノートPCを米国英語に切り替えてください。それまではコードを自動で補正します。</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>了解</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sakura Science Club</source>
        <translation>さくらサイエンスクラブ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>参加登録</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>コンテスト</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>メール設定</translation>
    </message>
    <message>
        <source>e.g. smtp.gmail.com</source>
        <translation>例：smtp.gmail.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常はポート587）</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS（通常はポート465）</translation>
    </message>
    <message>
        <source>None — unencrypted (local relays only)</source>
        <translation>なし — 暗号化なし（ローカルリレーのみ）</translation>
    </message>
    <message>
        <source>e.g. reunion@ssc-india.org</source>
        <translation>例：reunion@ssc-india.org</translation>
    </message>
    <message>
        <source>e.g. SSC India (the chapter&apos;s name if empty)</source>
        <translation>例：SSC India（空欄の場合は支部名）</translation>
    </message>
    <message>
        <source>Test to</source>
        <translation>テスト送信先</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>テストメールを送信</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー：</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>セキュリティ：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>送信元アドレス：</translation>
    </message>
    <message>
        <source>From name:</source>
        <translation>送信者名：</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>テスト送信先：</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring (%1), not in the database: each laptop that sends e-mail has it typed once.</source>
        <translation>パスワードはデータベースではなく、このコンピューターのキーリング（%1）に保存されます。メールを送信するノートPCごとに一度入力してください。</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password an older version saved is still in the database, where every desk can read it. Save to take it out: it is then kept only until SSC Desktop closes.</source>
        <translation>このコンピューターにはキーリングがないため、以前のバージョンが保存したパスワードがデータベースに残っており、どの受付デスクからも読み取れます。保存するとデータベースから削除され、SSC Desktopを終了するまでだけ保持されます。</translation>
    </message>
    <message>
        <source>This computer has no keyring (on Linux: no Secret Service such as GNOME Keyring or KWallet), so the password is kept only in memory until SSC Desktop closes, never in the database. Type it again next time.</source>
        <translation>このコンピューターにはキーリングがない（Linuxの場合、GNOME KeyringやKWalletなどのSecret Serviceがない）ため、パスワードはSSC Desktopを終了するまでメモリーにだけ保持され、データベースには保存されません。次回もう一度入力してください。</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>テストメッセージを送信しています…</translation>
    </message>
    <message>
        <source>Sent a test message to %1. Check that it arrived.</source>
        <translation>%1にテストメッセージを送信しました。届いたことを確認してください。</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <source>Station:</source>
        <translation>ステーション：</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>受付デスク名</translation>
    </message>
    <message>
        <source>Checking into:</source>
        <translation>受付先：</translation>
    </message>
    <message>
        <source>Checking into</source>
        <translation>受付先</translation>
    </message>
    <message>
        <source>Lists…</source>
        <translation>リスト…</translation>
    </message>
    <message>
        <source>Add, rename or delete the parts of the day people check into</source>
        <translation>受付を行うプログラムの項目を追加、名前変更、削除します</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>当日参加…</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>直前を取り消す（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>終了（Esc）</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>当日参加 (F2)</translation>
    </message>
    <message>
        <source>Camera on or off (F3)</source>
        <translation>カメラのオン/オフ (F3)</translation>
    </message>
    <message>
        <source>Check-in lists (F4)</source>
        <translation>受付リスト (F4)</translation>
    </message>
</context>
<context>
    <name>StationLists</name>
    <message>
        <source>The door (whole event)</source>
        <translation>入口（イベント全体）</translation>
    </message>
</context>
<context>
    <name>StationServerLink</name>
    <message>
        <source>This desk has no local copy of the event yet: if the server is lost, check-ins stop until it is back.</source>
        <translation>この受付デスクにはまだイベントのローカルコピーがありません。サーバーとの接続が切れると、復旧するまで受付できません。</translation>
    </message>
    <message>
        <source>The server is out of reach: working from the local copy, %1 check-in(s) waiting. Keep scanning; they are sent when the server is back.</source>
        <translation>サーバーに接続できません。ローカルコピーで作業中で、%1件の受付が送信待ちです。スキャンを続けてください。サーバーが復旧すると送信されます。</translation>
    </message>
    <message>
        <source>The server is back: %1 check-in(s) made from the local copy were sent.</source>
        <translation>サーバーが復旧しました：ローカルコピーで行った%1件の受付を送信しました。</translation>
    </message>
    <message>
        <source>%1 person(s) were also checked in at another desk meanwhile; the earlier check-in stands: %2</source>
        <translation>%1人がその間に別の受付デスクでも受付されていました。早いほうの受付が有効です：%2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>、ほか%1人</translation>
    </message>
</context>
<context>
    <name>StationSide</name>
    <message>
        <source>Search by name</source>
        <translation>氏名で検索</translation>
    </message>
    <message>
        <source>No code? Type a name in any script…</source>
        <translation>コードがない場合は、氏名を入力（どの文字でも）…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語表記</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>見つかった人</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>受付する（Enter）</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Desk note…</source>
        <translation>受付メモ…</translation>
    </message>
    <message>
        <source>Leave a note the desk sees when this person checks in.</source>
        <translation>この人の受付時に受付デスクに表示されるメモを残します。</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1に退出</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1に入場</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Roster imported</source>
        <translation>会員名簿をインポートしました</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; imported into &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;を&lt;b&gt;%2&lt;/b&gt;にインポートしました。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Members added&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;追加した会員&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Members updated&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;更新した会員&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Duplicates skipped&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;スキップした重複&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows left out by you&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;手動で除外した行&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows corrected here&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;ここで修正した行&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Rows left out for errors&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;エラーで除外した行&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No room</source>
        <translation>部屋なし</translation>
    </message>
    <message>
        <source>No event chosen</source>
        <translation>イベントが選択されていません</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>VerifyBox</name>
    <message>
        <source>Certificate number or QR text to verify</source>
        <translation>確認する証明書番号またはQRテキスト</translation>
    </message>
    <message>
        <source>A certificate number (e.g. SSC-2026-ISCA-000123-K7QX), or the text of its QR code pasted here</source>
        <translation>証明書番号（例：SSC-2026-ISCA-000123-K7QX）、またはQRコードのテキストをここに貼り付け</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Scan with webcam…</source>
        <translation>Webカメラでスキャン…</translation>
    </message>
    <message>
        <source>Genuine, signature checked: %1 certificate for %2 (%3), %4, issued %5.</source>
        <translation>本物です（署名確認済み）：%2（%3）の%1証明書、%4、%5発行。</translation>
    </message>
    <message>
        <source>Genuine: %1 certificate for %2 (%3), %4, issued %5.</source>
        <translation>本物です：%2（%3）の%1証明書、%4、%5発行。</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1 へ移動</translation>
    </message>
    <message>
        <source>&amp;Page list</source>
        <translation>ページ一覧(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Face to face</source>
        <translation>対面</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>ハイブリッド</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>審査員</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>基調講演</translation>
    </message>
    <message>
        <source>Alumni talk</source>
        <translation>同窓生講演</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>パネルディスカッション</translation>
    </message>
    <message>
        <source>Job-hunting seminar</source>
        <translation>就職活動セミナー</translation>
    </message>
    <message>
        <source>Poster session</source>
        <translation>ポスターセッション</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>コンテスト</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>交流会</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>ポスター</translation>
    </message>
    <message>
        <source>E-poster</source>
        <translation>電子ポスター</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>エッセイ</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>貢献</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Contest awards</source>
        <translation>コンテスト表彰</translation>
    </message>
    <message>
        <source>1st prize</source>
        <translation>1等賞</translation>
    </message>
    <message>
        <source>2nd prize</source>
        <translation>2等賞</translation>
    </message>
    <message>
        <source>3rd prize</source>
        <translation>3等賞</translation>
    </message>
    <message>
        <source>Honourable mention</source>
        <translation>佳作</translation>
    </message>
    <message>
        <source>Mean of judges</source>
        <translation>審査員の平均</translation>
    </message>
    <message>
        <source>Normalized (z-scores)</source>
        <translation>標準化（zスコア）</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>トリム平均</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in — %1</source>
        <translation>当日参加 — %1</translation>
    </message>
    <message>
        <source>Name in Latin letters, e.g. Priya Kulkarni</source>
        <translation>ローマ字の氏名（例：Priya Kulkarni）</translation>
    </message>
    <message>
        <source>Name in their own script, e.g. प्रिया कुलकर्णी</source>
        <translation>母語表記の氏名（例：प्रिया कुलकर्णी）</translation>
    </message>
    <message>
        <source>Finds the person if they are in the roster already</source>
        <translation>会員名簿に載っている場合はその人を見つけます</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation>支部なし</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Check them in now</source>
        <translation>今すぐ受付する</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>Own script:</source>
        <translation>母語表記：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国・地域：</translation>
    </message>
    <message>
        <source>Affiliation:</source>
        <translation>所属：</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>支部：</translation>
    </message>
    <message>
        <source>SSP visit year:</source>
        <translation>SSP来日年：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割：</translation>
    </message>
    <message>
        <source>The event is full. A walk-in is registered all the same, over the capacity.</source>
        <translation>イベントは満員です。当日参加は定員を超えても登録されます。</translation>
    </message>
    <message>
        <source>Walk-ins are registered even after the sign-up deadline.</source>
        <translation>当日参加は申込締切後でも登録されます。</translation>
    </message>
    <message>
        <source>Register walk-in</source>
        <translation>当日参加を登録</translation>
    </message>
    <message>
        <source>Walk-in registered and checked in: %1.</source>
        <translation>当日参加を登録し、受付しました：%1。</translation>
    </message>
    <message>
        <source>Walk-in registered: %1.</source>
        <translation>当日参加を登録しました：%1。</translation>
    </message>
    <message>
        <source>They were in the roster already.</source>
        <translation>会員名簿にすでに載っていました。</translation>
    </message>
    <message>
        <source>The event is now over capacity.</source>
        <translation>イベントは定員を超えました。</translation>
    </message>
</context>
<context>
    <name>_ChapterPage</name>
    <message>
        <source>Your chapter</source>
        <translation>あなたの支部</translation>
    </message>
    <message>
        <source>The SSC chapter whose reunions you run.</source>
        <translation>あなたが同窓会を運営している SSC 支部です。</translation>
    </message>
    <message>
        <source>&amp;Chapter:</source>
        <translation>支部(&amp;C):</translation>
    </message>
    <message>
        <source>Pick one, or type your chapter&apos;s name</source>
        <translation>一覧から選ぶか、支部名を入力してください</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>New events start in this chapter and its time zone, and a roster is imported into it. You can leave it empty and choose later.</source>
        <translation>新しいイベントはこの支部とそのタイムゾーンで作成され、会員名簿はこの支部にインポートされます。空欄のままにして後で選ぶこともできます。</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <source>How would you like to start?</source>
        <translation>どのように始めますか？</translation>
    </message>
    <message>
        <source>Everything stays on this laptop; nothing needs the internet.</source>
        <translation>すべてこのノートPCに保存され、インターネットは不要です。</translation>
    </message>
    <message>
        <source>&amp;Import my chapter&apos;s roster</source>
        <translation>支部の会員名簿をインポートする(&amp;I)</translation>
    </message>
    <message>
        <source>An Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file of your members, as you keep it: the columns are recognised and you check them first.</source>
        <translation>会員の Excel（.xlsx、.xls）、LibreOffice（.ods）または CSV ファイルをそのまま使えます。列は自動で認識され、取り込む前に確認できます。</translation>
    </message>
    <message>
        <source>Look around the &amp;demo reunion first</source>
        <translation>まずデモの同窓会を見てみる(&amp;D)</translation>
    </message>
    <message>
        <source>A made-up reunion with 300 members, a programme, check-ins and a poster contest, in a database of its own. Your own database stays empty.</source>
        <translation>会員 300 人、プログラム、受付記録、ポスターコンテストを含む架空の同窓会です。専用のデータベースに作られ、あなたのデータベースは空のままです。</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>空のデータベースで始める(&amp;E)</translation>
    </message>
    <message>
        <source>Create your first event on the Events page and add members later.</source>
        <translation>イベントページで最初のイベントを作成し、会員は後から追加します。</translation>
    </message>
</context>
</TS>
