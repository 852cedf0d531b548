# Kịch bản “job-offer-document”: một nhà tuyển dụng của sàn tiền mã hóa Tessaline Exchange nhắn
# trên LinkedIn và gửi “mô tả công việc kèm lương và phúc lợi” dưới dạng một tệp phải mở theo
# cách đặc biệt (Operation DreamJob). Vô hại ở đây: các câu hỏi về công việc của người chơi và
# một cuộc gọi làm quen ngắn có bật camera. Nên từ chối: chuyển sang Telegram, mở tệp, và
# những “bằng chứng” chỉ dẫn ngược về chính cô ấy.
# Biến: $recruiter (tên một người phụ nữ), $salary (đô la mỗi năm), $weekday (tuesday hoặc
# thursday), $doc (pdf, archive hoặc macro: loại tệp cô ấy gửi).
# Giọng: thoải mái. Cô ấy nhắn nhanh, thân thiện, vài tin bắt đầu bằng chữ thường, vài emoji,
# chen từ tiếng Anh kiểu dân IT (offer, backend, on-call). Không bao giờ để chế giễu.
# Xưng hô: cô ấy xưng “mình”, gọi người chơi là “bạn”; người chơi xưng “mình”, gọi cô ấy là
# “chị”. Người kể chuyện gọi người chơi là “bạn”.
# Chữ trong ngoặc vuông là hành động của người chơi, không phải tin nhắn.

job-offer-document-title = Một vị trí backend tại sàn tiền mã hóa
job-offer-document-summary = Một nhà tuyển dụng trên LinkedIn có vị trí kỹ sư cấp cao làm từ xa tại một sàn giao dịch tiền mã hóa.
job-offer-document-cast-recruiter = { $recruiter }

job-offer-document-li-request = Yêu cầu nhắn tin mới trên LinkedIn từ { $recruiter }, Talent Partner tại Tessaline Exchange.
job-offer-document-li-hello = hi! mình là { $recruiter }, Talent Partner bên Tessaline 👋 bọn mình là sàn crypto, khoảng 300 người, làm remote hoàn toàn. mấy project Go của bạn trên GitHub làm mình chú ý lắm
job-offer-document-li-hello-alt = Chào bạn! Mình là { $recruiter }, mình tuyển kỹ sư cho Tessaline, một sàn crypto làm remote hoàn toàn, khoảng 300 người 👋 thấy mấy project Go của bạn trên GitHub nên phải nhắn ngay
job-offer-document-li-role = Bọn mình đang tuyển Senior Backend Engineer cho team matching engine: { MONEY($salary) } một năm cộng thưởng token, làm từ xa, giờ giấc linh hoạt. Bản tin tuyển dụng ngắn có trên trang tuyển dụng của bọn mình.
job-offer-document-li-questions = Trước khi mình gửi trọn gói offer, cho mình hỏi nhanh vài câu nhé: bạn làm Go bao nhiêu năm rồi? Hệ thống lớn nhất bạn từng làm là gì? Và on-call một tuần mỗi tháng thì bạn thấy ổn không?

job-offer-document-exp-choice-answer = Sáu năm Go, chủ yếu làm backend thanh toán. On-call một tuần mỗi tháng thì mình ổn.
job-offer-document-exp-choice-profile = Trong hồ sơ có hết rồi chị ạ. Mình muốn xem đủ chi tiết trước rồi mới trả lời câu hỏi.
job-offer-document-exp-choice-profile-feedback = Câu hỏi về công việc của bạn thì nhà tuyển dụng nào cũng hỏi, thật hay giả cũng vậy, và trả lời chúng không gây rủi ro gì. Ranh giới nằm ở giấy tờ và dữ liệu cá nhân: bản scan giấy tờ tùy thân, mã số thuế, thông tin đăng nhập.
job-offer-document-exp-choice-package = Chị gửi lương với phúc lợi trước đi, rồi mình trả lời. Đỡ mất thời gian cả hai.
job-offer-document-exp-choice-package-feedback = Câu hỏi về kinh nghiệm của bạn là vô hại, dù ai hỏi đi nữa. Từ chối chẳng bảo vệ được gì, còn đòi gói offer trước chỉ khiến cái tệp sắp tới đến nhanh hơn.

job-offer-document-exp-thanks = Tuyệt, mảng thanh toán đúng là thứ team đang cần 🙌
job-offer-document-exp-skip = Ok, không sao, hồ sơ của bạn cũng nói lên nhiều rồi.

job-offer-document-move = Chat LinkedIn bên mình lag quá 😅 mình chuyển qua Telegram nói tiếp được không? Gửi file với gọi nhanh bên đó tiện hơn.
job-offer-document-move-choice-stay = Tạm thời mình muốn nói chuyện ở LinkedIn thôi. Gửi file ở đây cũng được mà.
job-offer-document-move-choice-stay-feedback = Tốt. Hối thúc chuyển từ LinkedIn sang ứng dụng nhắn tin khi chưa thỏa thuận gì là một kiểu quen thuộc của các lời mời việc giả: lịch sử trò chuyện nằm trong tay cô ấy, và LinkedIn không bao giờ thấy những tệp cô ấy gửi.
job-offer-document-move-choice-go = Được chị, mình cũng thích Telegram hơn. Chị cứ thêm mình, username là tên mình luôn.
job-offer-document-move-choice-halfway = Gửi file qua Telegram thì được, nhưng phần offer chính thì mình giữ ở LinkedIn nhé.
job-offer-document-move-choice-halfway-feedback = Chính các tệp là thứ không nên chuyển sang cuộc trò chuyện riêng: ở đó, ngoài bạn ra không ai thấy cô ấy gửi gì. Ở lại nơi cuộc trò chuyện bắt đầu chẳng làm một nhà tuyển dụng đàng hoàng mất gì cả.

job-offer-document-stay-reply = ok ok, vậy mình ở lại đây
job-offer-document-tg-hello = hey, { $recruiter } bên Tessaline đây. cảm ơn bạn đã kết nối nhé!

job-offer-document-call-ask = Bước tiếp theo là một cuộc gọi làm quen 15 phút với mình, { $weekday ->
    [tuesday] thứ Ba
   *[thursday] thứ Năm
}, bật camera. Chỉ để gặp nhau và mình kể về team. Zoom hay Google Meet, bạn đang dùng cái nào cũng được.
job-offer-document-call-choice-accept = { $weekday ->
    [tuesday] Thứ Ba
   *[thursday] Thứ Năm
} được chị. Mình bật camera, vào bằng ứng dụng Zoom có sẵn trên máy.
job-offer-document-call-choice-audio = Gọi thì được, nhưng chỉ âm thanh thôi. Với nhà tuyển dụng mình không bật camera.
job-offer-document-call-choice-audio-feedback = Một cuộc gọi video ngắn với nhà tuyển dụng, với tư cách chính bạn, là bước bình thường và là dịp tốt để đánh giá cô ấy. Rủi ro ở đây chưa bao giờ là cuộc gọi, mà là thứ cô ấy gửi sau đó.
job-offer-document-call-choice-writing = Mình trao đổi hết bằng tin nhắn được không? Viết thì mình trả lời tốt hơn nhiều.
job-offer-document-call-choice-writing-feedback = Gặp nhà tuyển dụng qua camera với tư cách chính bạn, bằng ứng dụng bạn vẫn dùng, không có gì rủi ro, mà bạn lại biết thêm nhiều điều. Rủi ro ở đây đến sau, trong một tệp.

job-offer-document-call-done = { $weekday ->
    [tuesday] Thứ Ba
   *[thursday] Thứ Năm
}: mười lăm phút gọi có camera với { $recruiter }. Cô ấy nhanh nhẹn, thân thiện, hiểu rõ sản phẩm của sàn, hỏi những câu đáng suy nghĩ về công việc Go của bạn và hứa gửi trọn gói offer ngay sau đó.
job-offer-document-call-skip = hm ok, cũng được. Vậy mình tiếp tục ở đây.

job-offer-document-doc-intro = Như đã hứa, đây là mô tả công việc đầy đủ kèm lương và phúc lợi. Trong đó có thông tin đãi ngộ bảo mật, nên hệ thống HR của bọn mình bảo vệ tệp này.
job-offer-document-doc-file = { $doc ->
    [pdf] { $recruiter } đã gửi một tệp: Tessaline_Senior_Backend_Offer.pdf. Bản xem trước chỉ là một trang mờ có logo của sàn và một nút: View securely.
    [archive] { $recruiter } đã gửi một tệp nén: Tessaline_Offer_Package.zip. Bên trong có một tệp PDF tên Job_Description và một chương trình nhỏ tên SecureDocViewer.
   *[macro] { $recruiter } đã gửi một tệp: Tessaline_Salary_and_Benefits.docx. Bản xem trước là một trang xám: “Tài liệu này được bảo vệ. Hãy bật nội dung để xem.”
}
job-offer-document-doc-how = { $doc ->
    [pdf] bạn cứ bấm View securely. Nó mở cổng tài liệu của bọn mình và xin cài một plugin xem nhỏ, một phút là thấy hết
    [archive] file PDF được mã hóa, nên bạn mở nó bằng trình xem nằm cùng thư mục nhé. một phút là thấy hết
   *[macro] khi Word hỏi thì bấm Bật nội dung, đó chỉ là lớp bảo vệ của HR thôi. một phút là thấy hết
}

job-offer-document-doc-choice-text = Chị dán phần mô tả vào đây dạng văn bản thường được không? Mình không mở tệp nhà tuyển dụng gửi.
job-offer-document-doc-choice-text-feedback = Đúng. Mô tả công việc là văn bản: một nhà tuyển dụng đàng hoàng có thể dán vào, hoặc chỉ bạn tới trang tuyển dụng của chính công ty. Một tệp cần trình xem, plugin hay phải bật nội dung là tệp muốn chạy thứ gì đó trên máy tính của bạn. Lời mời việc kèm những tệp như vậy là mánh quen thuộc; các nhà nghiên cứu bảo mật của ESET gọi một chiến dịch kéo dài như thế là Operation DreamJob.
job-offer-document-doc-choice-open = Ok chị, mình mở luôn đây. Nói thật mình tò mò cái thưởng token lắm rồi.
job-offer-document-doc-choice-scan = Để mình quét virus trước đã, nếu sạch thì mình sẽ mở ra xem.
job-offer-document-doc-choice-scan-feedback = Trình quét có thể bỏ sót một tệp được làm riêng cho một mục tiêu, còn trình xem, plugin hay nội dung được bật sẽ chạy ngay khi bạn mở. Cách an toàn duy nhất là không mở nó và xin văn bản thường.

job-offer-document-doc-pushback = Mình hiểu, an toàn là trên hết! Nhưng mình không dán được: dữ liệu đãi ngộ là bảo mật, và bộ phận pháp lý chỉ cho chia sẻ trong tệp được bảo vệ.
job-offer-document-proof = Nhưng bạn có thể kiểm tra là mình có thật. Mình có tên trên trang đội ngũ của website, có hơn 500 kết nối ở đây, và giám đốc HR bên mình có thể email cho bạn để xác nhận vị trí này.

job-offer-document-proof-choice-check = [Tự tìm sàn này: trang tuyển dụng vào từ trang chủ của sàn, và bộ phận hỗ trợ chính thức]
job-offer-document-proof-choice-check-feedback = Đúng. Trang tuyển dụng của chính sàn, vào từ trang chủ, và bộ phận hỗ trợ chính thức là những kênh cô ấy không kiểm soát. Hồ sơ của cô ấy, trang đội ngũ cô ấy chỉ tới và vị giám đốc HR cô ấy đề nghị đều dẫn ngược về cô ấy.
job-offer-document-proof-choice-hr = Ok, vậy nhờ giám đốc HR bên chị email cho mình. Nếu khớp thì mình sẽ mở tệp.
job-offer-document-proof-choice-hr-feedback = Một email từ người do chính cô ấy đưa vào vẫn là bằng chứng của cô ấy: địa chỉ đó do cô ấy cung cấp. Chỉ một kênh bạn tự tìm ra, như website của chính công ty hay bộ phận hỗ trợ chính thức, mới xác nhận được cô ấy là ai.
job-offer-document-proof-choice-trust = Chị có tên trên trang đội ngũ, mình với chị lại có bạn chung. Vậy là đủ, mình mở đây.
job-offer-document-proof-choice-trust-feedback = Một hồ sơ đầy kết nối và một cái tên trên trang đội ngũ rất dễ làm giả hoặc mượn, và chúng chẳng nói gì về cái tệp. Mô tả công việc không bao giờ cần trình xem, plugin hay bật nội dung.

job-offer-document-hr-mail = Một email từ “giám đốc HR” của Tessaline gửi tới, từ địa chỉ mà { $recruiter } đưa cho bạn: thân thiện, ký tên kèm đầy đủ chức danh, xác nhận rằng { $recruiter } đang tuyển cho team matching engine.
job-offer-document-last-hr = Thấy chưa? Chính thức hết mà 😊 Hiring manager muốn tối nay nghe bạn nhận xét về gói offer, không thì suất này sẽ chuyển cho ứng viên tiếp theo. Bạn cứ mở tệp đi, mất có một phút.
job-offer-document-check-result = Bạn tự tìm Tessaline Exchange và mở trang tuyển dụng từ trang chủ của sàn. Vị trí Senior Backend Engineer có ở đó, kèm một biểu mẫu ứng tuyển. Sáng hôm sau bộ phận hỗ trợ trả lời: hồ sơ chỉ nhận qua biểu mẫu đó, họ không gửi tệp nào cho ứng viên mở, và họ không thể xác nhận có Talent Partner nào tên như vậy.
job-offer-document-last-checked = hỗ trợ là thuê ngoài, họ đâu biết ai làm tuyển dụng 🙄 Hiring manager muốn tối nay nghe bạn nhận xét về gói offer, không thì suất này sẽ chuyển cho ứng viên tiếp theo. Bạn cứ mở tệp đi, mất có một phút.

job-offer-document-last-choice-report = [Chặn { $recruiter }, báo cáo hồ sơ với LinkedIn, ứng tuyển trên trang tuyển dụng]
job-offer-document-last-choice-report-feedback = Chặn trước rồi báo cáo mà không báo trước là cách thoát an toàn nhất: không có gì để tranh cãi, và LinkedIn có thể chặn hồ sơ này trước khi nó tìm tới lập trình viên tiếp theo. Nếu vị trí là thật, hãy ứng tuyển qua trang tuyển dụng.
job-offer-document-last-choice-work-laptop = [Chuyển tệp sang laptop công ty và mở ở đó, có phần mềm diệt virus của công ty che chắn]
job-offer-document-last-choice-work-laptop-feedback = Laptop công ty chỉ dời rủi ro đi chỗ khác: trên đó có tài khoản và mạng của nơi bạn làm, và tệp vẫn chạy y như vậy. Đừng bao giờ mở tệp của nhà tuyển dụng trên máy tính nào có tài khoản, khóa hay ví.
job-offer-document-last-choice-open = Thôi được, mình không muốn mất suất chỉ vì một cái tệp. Mình mở rồi báo chị sau.

job-offer-document-opened = { $doc ->
    [pdf] Bạn bấm View securely. Một trang có logo của sàn xin cài plugin xem; bạn cài, và offer hiện ra: lương hậu hĩnh, thưởng token, không có gì bất thường.
    [archive] Bạn chạy SecureDocViewer. Một lát sau mô tả công việc hiện ra: lương hậu hĩnh, thưởng token, không có gì bất thường.
   *[macro] Bạn bấm Bật nội dung. Trang xám biến thành một offer hai trang gọn gàng: lương hậu hĩnh, thưởng token, không có gì bất thường.
}
job-offer-document-opened-reply = Tuyệt! Tiếp theo là buổi nói chuyện kỹ thuật với hiring manager vào ngày mai. Anh ấy cũng sẽ gửi bài code dưới dạng tệp được bảo vệ, { $doc ->
    [macro] nên bạn cứ để bật nội dung cho các tệp của bọn mình nhé.
   *[other] nên bạn cứ giữ trình xem trên máy nhé.
}

job-offer-document-after-choice-stop = [Dừng lại. Dùng điện thoại đổi mật khẩu, chuyển crypto đi, và báo cáo cô ấy]
job-offer-document-after-choice-stop-feedback = Đúng: dừng lại, rồi dọn dẹp từ một thiết bị khác. Thứ mà tệp đã chạy có thể đã chép mật khẩu, phiên đăng nhập trình duyệt và khóa ví, nên hãy đổi hết và đăng xuất mọi phiên từ một thiết bị nó chưa từng chạm tới.
job-offer-document-after-choice-task = [Cảm ơn cô ấy, để nguyên mọi thứ và chờ bài code ngày mai]
job-offer-document-after-choice-uninstall = Cho chắc ăn, mình { $doc ->
    [macro] xóa tài liệu đó
   *[other] gỡ trình xem đó
} ngay bây giờ, rồi tiếp tục buổi phỏng vấn.
job-offer-document-after-choice-uninstall-feedback = Gỡ nó đi không lấy lại được những gì nó đã làm: mật khẩu, phiên đăng nhập trình duyệt và khóa ví có thể bị chép ngay khi nó chạy. Hãy dừng lại, đổi mật khẩu và đăng xuất mọi phiên từ một thiết bị khác.

job-offer-document-drained = Hai ngày sau, ví crypto của bạn trống rỗng. Toàn bộ số coin đã đi trong đêm, tới một địa chỉ bạn không biết.
job-offer-document-sessions = Email và GitHub của bạn: có đăng nhập mới từ những thiết bị lạ, mà không hề hỏi mật khẩu. Có người đang dùng các phiên đăng nhập đã lưu của bạn.
job-offer-document-compromised = Mở tệp đã chạy mã của họ trên máy tính của bạn, và nó lấy đi những gì tìm thấy: mật khẩu đã lưu, phiên đăng nhập trình duyệt, khóa ví. Lời mời, cuộc gọi và cái tệp đều được làm cho trông bình thường, và cả người cẩn thận cũng mắc bẫy. Hãy hành động ngay, từ một thiết bị sạch: đổi mật khẩu và bật đăng nhập hai lớp, đăng xuất mọi phiên, chuyển phần còn lại sang một ví mới, và cài lại máy trước khi tin dùng nó lần nữa. Báo cáo hồ sơ của cô ấy với LinkedIn và trình báo vụ trộm với công an. Trang “Đã dính vào rồi?” (nhấn I, hoặc chạy redflag involved) sẽ hướng dẫn các bước tiếp theo.

job-offer-document-cleanup = Bằng điện thoại, bạn đổi mật khẩu email, GitHub và tài khoản sàn, đăng xuất mọi phiên, và chuyển crypto sang một ví mới. Rồi bạn chặn { $recruiter }, báo cáo hồ sơ của cô ấy với LinkedIn, và để laptop ngoại tuyến cho tới khi cài lại máy.
job-offer-document-reported-after-open = Bạn đã dừng lại ngay khi thấy mọi chuyện đang đi về đâu, và dọn dẹp từ một thiết bị khác trước khi chuyện lớn xảy ra. Hãy để mắt tới các tài khoản của mình trong vài tuần tới, và cài lại máy trước khi dùng nó cho việc gì quan trọng. Báo cáo của bạn giúp LinkedIn chặn hồ sơ này trước khi nó tìm tới lập trình viên tiếp theo.
job-offer-document-reported = Bạn đã chặn cô ấy và báo cáo hồ sơ mà không mở thứ gì. Mật khẩu, phiên đăng nhập và ví của bạn vẫn là của bạn. Và nếu vị trí đó là thật, bạn vẫn có thể ứng tuyển trên trang tuyển dụng của chính sàn.

job-offer-document-fine-identity-docs = Câu hỏi về số năm làm Go, dự án lớn nhất hay lịch on-call thì nhà tuyển dụng nào cũng hỏi, và câu trả lời vốn đã có trong hồ sơ của bạn. Ranh giới nằm ở giấy tờ và dữ liệu cho phép người khác hành động dưới tên bạn: bản scan giấy tờ tùy thân, mã số thuế, thông tin đăng nhập.
job-offer-document-fine-proxy-verification = Một cuộc gọi làm quen ngắn có camera, với tư cách chính bạn, bằng ứng dụng họp bạn vẫn dùng, là bước bình thường và là dịp công bằng để đánh giá cô ấy. Cuộc gọi chưa bao giờ là rủi ro; cái tệp đến sau mới là.
