# Kịch bản “take-home-own-repo”: một nhà tuyển dụng đàng hoàng của Halden Pay, startup thanh
# toán ở Vilnius, nhắn trên LinkedIn, chuyển sang Telegram để hẹn lịch và đưa ra một bài
# take-home có trả phí, làm trong repository của chính người chơi và xem lại qua cuộc gọi chia
# sẻ màn hình.
# Biến: $recruiter (tên một người đàn ông), $monthly (đô la mỗi tháng), $fee (đô la cho bài
# làm), $weekday (tuesday hoặc thursday, dùng cho bộ chọn).
# Giọng: thoải mái, thân thiện, câu ngắn, vài tin bắt đầu bằng chữ thường, vài emoji; tiếng
# Việt hơi vụng như người viết vội (không bao giờ để chế giễu). Anh ấy xưng “tôi”, gọi người
# chơi là “bạn”, hay dùng “nhé”, “nha”. Người chơi luôn xưng “mình”, như trong mọi kịch bản.
# Vô hại: đường dẫn portfolio, chuyển sang Telegram, buổi review chia sẻ màn hình.
# Cần từ chối: script cài đặt trong repo công cụ của họ.

take-home-own-repo-title = Một vị trí full-stack tại startup thanh toán
take-home-own-repo-summary = Một nhà tuyển dụng trên LinkedIn có vị trí làm từ xa tại một startup fintech, kèm bài take-home có trả phí.
take-home-own-repo-cast-recruiter = { $recruiter }

take-home-own-repo-li-request = Yêu cầu nhắn tin mới trên LinkedIn từ { $recruiter }, nhà tuyển dụng kỹ thuật tại Halden Pay.
take-home-own-repo-li-hello = chào bạn! Tôi là { $recruiter }, lo tuyển dụng kỹ thuật ở Halden Pay. Bên tôi là startup thanh toán ở Vilnius, tầm 40 người. Có xem mấy dự án Node của bạn trên GitHub, code sạch lắm
take-home-own-repo-li-offer = Bên tôi cần dev full-stack, React + Node, làm từ xa, { MONEY($monthly) } một tháng. Quy trình ngắn thôi: bài take-home có trả phí ({ MONEY($fee) }), rồi cuộc gọi review với lead dev, rồi offer. Bạn quan tâm không?
take-home-own-repo-li-portfolio = Hay quá. Bạn gửi tôi link portfolio, hoặc 2–3 dự án bạn thích nhất được không? GitHub cũng được.

take-home-own-repo-portfolio-choice-share = Được, đây là GitHub và portfolio của mình. Dashboard thanh toán là gần nhất.
take-home-own-repo-portfolio-choice-refuse = Mình không muốn gửi GitHub cho người lạ. Bạn kể về team trước được không?
take-home-own-repo-portfolio-choice-refuse-feedback = GitHub và portfolio của bạn vốn đã công khai, và một đường dẫn cho thấy công việc của bạn, không phải danh tính. Những yêu cầu đáng từ chối là giấy tờ, tài khoản hay quyền điều khiển máy tính của bạn.
take-home-own-repo-portfolio-choice-contract = Dự án của mình để riêng tư đến khi có hợp đồng. Link gửi sau nhé?
take-home-own-repo-portfolio-choice-contract-feedback = Đường dẫn tới những gì bạn đã công bố thì chẳng lộ gì cả: ai cũng tìm được. Hỏi xin nó là bước đầu bình thường khi tuyển dụng.

take-home-own-repo-portfolio-refused = ok, không sao. Vậy tôi lấy những gì có trên hồ sơ công khai của bạn.

take-home-own-repo-li-move = nói thật là hộp thư LinkedIn tôi chắc một ngày mở một lần 😅 hẹn lịch thì Telegram tiện hơn nhiều. Tôi thêm bạn ở đó được không?

take-home-own-repo-move-choice-check = Được. Để mình tự tra Halden Pay trước, rồi thêm bạn.
take-home-own-repo-move-choice-check-feedback = Thói quen tốt: bạn kiểm tra công ty qua những nguồn anh ấy không kiểm soát, còn ứng dụng nhắn tin chỉ để hẹn lịch.
take-home-own-repo-move-choice-stay = Mình muốn cứ nói hết trên LinkedIn cho đến khi có hợp đồng.
take-home-own-repo-move-choice-stay-feedback = Bạn có quyền làm vậy, và anh ấy đồng ý. Bản thân việc hẹn lịch qua ứng dụng nhắn tin không phải là mối nguy: điều quan trọng là bạn có kiểm tra được anh ấy là ai không, và bạn bị yêu cầu làm gì.
take-home-own-repo-move-choice-pass = [Chặn anh ấy và báo cáo hồ sơ của anh ấy với LinkedIn: Telegram là chỗ lừa đảo việc làm hay xảy ra]
take-home-own-repo-move-choice-pass-feedback = Bản thân việc hẹn lịch qua ứng dụng nhắn tin không phải là mối nguy. Điều quan trọng là bạn có kiểm tra được công ty qua những kênh anh ấy không kiểm soát hay không, và bạn bị yêu cầu làm gì. Ở đây công ty rất dễ kiểm tra.

take-home-own-repo-stay-reply = Được chứ, không sao, vậy mình nói tiếp ở đây.

take-home-own-repo-register = Bạn tự tìm Halden Pay. Sổ đăng ký doanh nghiệp có tên công ty ở Vilnius, thành lập ba năm trước. Bạn gọi số văn phòng trên chính trang web của công ty, và người nghe máy xác nhận { $recruiter } làm trong nhóm tuyển dụng, vị trí vẫn đang mở.
take-home-own-repo-office = Bạn tự tìm ra trang web của chính Halden Pay, và vị trí có đăng ở mục tuyển dụng. Bạn viết tới địa chỉ chung trên đó, và một đồng nghiệp trả lời từ tên miền công ty: đúng, { $recruiter } tuyển dụng cho họ, và vị trí vẫn đang mở.

take-home-own-repo-tg-hello = Chào bạn, { $recruiter } bên Halden đây 👋 cảm ơn đã thêm tôi
take-home-own-repo-task = Về bài take-home nhé: một API và UI nhỏ, chia một khoản thanh toán ra hai thẻ. Bạn làm trong repo của bạn, public hay private tùy bạn. Khoảng 3 tiếng. Bên tôi trả { MONEY($fee) } sau buổi review, kết quả thế nào cũng trả.
take-home-own-repo-agreement = Một email từ HR của Halden Pay, gửi từ tên miền công ty: thỏa thuận một trang cho bài làm có trả phí. { MONEY($fee) }, trả vào tài khoản của chính bạn; code bạn viết vẫn là của bạn.

take-home-own-repo-script = À, mẹo này: lead bên tôi có viết script setup, nó cài đúng phiên bản Node và nạp sẵn dữ liệu test. Tiết kiệm cỡ một tiếng. Nằm trong repo tools của bên tôi, bạn cứ clone rồi chạy setup.sh nha.

take-home-own-repo-script-choice-decline = Cảm ơn, nhưng mình không chạy script người ngoài trên laptop. Node và dữ liệu mình tự cài.
take-home-own-repo-script-choice-decline-feedback = Đúng. Có lẽ anh ấy đàng hoàng, nhưng nhìn từ ngoài, một script setup thân thiện trông y hệt những script đánh cắp ví và khóa. Bài làm trong repository của chính bạn không cần thứ gì của họ trên máy bạn.
take-home-own-repo-script-choice-run = Tiết kiệm được một tiếng thì hay quá. Mình clone repo tools, tối nay chạy.
take-home-own-repo-script-choice-read = Mình sẽ đọc qua script trước, nếu trông sạch thì mình chạy.
take-home-own-repo-script-choice-read-feedback = Đọc ít tác dụng hơn bạn nghĩ: script có thể tải thêm code trong lúc chạy, và phần độc hại giấu rất khéo. Tự cài đặt, hoặc dùng một máy ảo dùng xong bỏ, sẽ giữ code của họ tránh xa tài khoản và khóa của bạn.

take-home-own-repo-script-ok = hợp lý, hoàn toàn ok 👍 phiên bản có ghi trong readme của bài, bạn không cần gì thêm
take-home-own-repo-script-ran = Bạn chạy script. Nó cài một trình quản lý phiên bản Node và một cơ sở dữ liệu test nhỏ, ngoài ra không có gì khác mà bạn thấy được.
take-home-own-repo-task-done = Bạn làm bài trong một buổi tối, trong repository của chính mình, rồi gửi link cho { $recruiter }.

take-home-own-repo-review-ask = Cảm ơn, nhận rồi nhé! Lead bên tôi muốn gọi review vào { $weekday ->
    [tuesday] thứ Ba
   *[other] thứ Năm
}, 45 phút trên Google Meet. Bạn chia sẻ màn hình, dẫn anh ấy đi qua code của bạn, anh ấy sẽ hỏi.

take-home-own-repo-review-choice-share = Nghe ổn đấy. Mình sẽ chia sẻ màn hình và đi qua code cùng anh ấy.
take-home-own-repo-review-choice-refuse = Mình không chia sẻ màn hình. Anh ấy đọc repo rồi nhắn cho mình.
take-home-own-repo-review-choice-refuse-feedback = Chia sẻ màn hình của chính bạn, trên ứng dụng họp bạn vẫn dùng, vẫn để bạn nắm quyền: anh ấy chỉ thấy những gì bạn cho xem và không chạm được vào thứ gì. Công cụ điều khiển từ xa là chuyện khác, và không ai yêu cầu nó.
take-home-own-repo-review-choice-pass = Chia sẻ màn hình với người lạ à? Mình dừng ở đây thôi, xin lỗi.
take-home-own-repo-review-choice-pass-feedback = Code của chính bạn trên màn hình chia sẻ, trong ứng dụng họp của bạn, không trao cho ai quyền điều khiển máy tính. Đó là cách xem lại bài take-home rất bình thường, và ở đây nó là bước cuối trước khi có offer.

take-home-own-repo-review-no = hmm, đi qua code trực tiếp gần như chính là buổi phỏng vấn với bên tôi. Bạn chỉ cần chia sẻ cửa sổ editor thôi, không gì khác. Vậy được không?
take-home-own-repo-review-again-agree = Được, chỉ cửa sổ editor thôi. Bạn đặt lịch đi.
take-home-own-repo-review-again-written = Vẫn không. Anh ấy gửi câu hỏi qua email được không?
take-home-own-repo-review-again-decline = Xin lỗi, không chia sẻ màn hình gì cả. Mình thôi.

take-home-own-repo-review-call = Cuộc gọi: bạn chia sẻ cửa sổ editor, còn lead hỏi vì sao bạn chia khoản thanh toán theo cách đó và bạn sẽ test nó thế nào. Anh ấy chỉ ra một trường hợp biên bạn bỏ sót, và hai người cùng sửa nó trong code của chính bạn.
take-home-own-repo-fee-paid = Hai ngày sau, { MONEY($fee) } về tài khoản ngân hàng của chính bạn, đúng như thỏa thuận.
take-home-own-repo-offer = Lead rất thích bài của bạn. Bên tôi muốn gửi bạn offer! Hợp đồng HR sẽ gửi qua hệ thống tuyển dụng của bên tôi, đứng tên bạn.
take-home-own-repo-contract = Hợp đồng đến qua email từ tên miền của Halden Pay: tên bạn, toàn thời gian, làm từ xa, { MONEY($monthly) } mỗi tháng, trả vào tài khoản của chính bạn.
take-home-own-repo-script-note = Một điều nên nhớ: bạn đã chạy một script từ repository của họ trên laptop của mình. Lần này nó vô hại, nhưng nhìn từ ngoài nó trông y hệt những script đánh cắp ví và khóa. Lần sau, hãy tự cài đặt môi trường.

take-home-own-repo-hired = Bạn nhận được việc. Việc chuyển sang Telegram chỉ để hẹn lịch, công ty kiểm tra được qua những nguồn anh ấy không kiểm soát, bài làm nằm trong repository của chính bạn, và buổi review là màn hình chia sẻ do bạn nắm quyền.
take-home-own-repo-missed-move = Bạn đã bỏ lỡ một công việc thật. Một nhà tuyển dụng chuyển sang ứng dụng nhắn tin thì đáng để xem kỹ hơn, và ở đây việc đó rất dễ: sổ đăng ký doanh nghiệp, số văn phòng trên trang web của chính công ty, và một bài làm trong repository của bạn. Hãy kiểm tra trước, rồi hẵng quyết định.
take-home-own-repo-missed-review = Bạn đã bỏ lỡ một công việc thật chỉ vì chia sẻ màn hình. Cho xem code của chính mình trên ứng dụng họp bạn vẫn dùng không trao cho ai quyền điều khiển máy tính; dấu hiệu cảnh báo là bị yêu cầu chạy code của họ hay cài công cụ của họ.

take-home-own-repo-fine-identity-docs = Gửi đường dẫn tới GitHub hay portfolio là ổn: cả hai đều công khai và cho thấy công việc của bạn, không phải danh tính. Ảnh hộ chiếu và bản scan giấy tờ chỉ nên vào hệ thống onboarding của chính nhà tuyển dụng.
take-home-own-repo-fine-off-platform = Chuyển sang Telegram để hẹn lịch ở đây là ổn. Công ty kiểm tra được qua sổ đăng ký và văn phòng của chính họ, những thứ anh ấy không kiểm soát, còn bài làm, tiền công và hợp đồng đều đứng tên bạn.
take-home-own-repo-fine-remote-access = Buổi review chia sẻ màn hình là ổn: bạn cho xem code của chính mình, trên ứng dụng họp bạn vẫn dùng, và vẫn nắm quyền điều khiển máy tính. Dấu hiệu cảnh báo là bị yêu cầu chạy code của họ hay cài công cụ điều khiển từ xa.
