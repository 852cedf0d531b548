# Kịch bản “hiring-payment-redirect”: công ty nhỏ của người chơi tiếp tục làm việc với một lập
# trình viên tìm được trên Upwork. Biến: $dev (lập trình viên; một người đàn ông, gọi là “anh”),
# $colleague (lập trình viên trưởng của người chơi; có thể là nam hoặc nữ, nên không dùng từ
# chỉ giới tính cho người này), $payout (usdt hoặc uncle: cách anh ấy muốn được trả lúc đầu),
# $friend1 và $friend2 (tên GitHub của hai “người bạn”), $invoice (đô la), $demand (đô la).
# Xưng hô: lập trình viên xưng “tôi”, gọi người chơi là “anh/chị”; phía công ty xưng “chúng
# tôi” và gọi anh ấy là “anh”. Người chơi và đồng nghiệp xưng “mình”, gọi nhau là “bạn”.
# Lập trình viên viết trau chuốt, lịch sự, câu đầy đủ, giọng công việc. Đồng nghiệp viết ngắn
# gọn, đúng sự việc.

hiring-payment-redirect-title = Giữ lại một lập trình viên từ Upwork
hiring-payment-redirect-summary = Một lập trình viên bạn tìm được trên Upwork làm việc tốt, và công ty nhỏ của bạn chuyển hợp đồng của anh ấy thành hợp đồng trực tiếp thông qua chính Upwork, trả theo hóa đơn hằng tháng.
hiring-payment-redirect-cast-dev = { $dev }
hiring-payment-redirect-cast-colleague = { $colleague }

hiring-payment-redirect-context = Bạn tìm thấy { $dev } trên Upwork ba tháng trước. Anh ấy làm tốt, và công ty bạn đã trả phí chuyển đổi của Upwork để tiếp tục bằng một hợp đồng trực tiếp, trả theo hóa đơn hằng tháng: đó là cách chính nền tảng cho phép đưa một mối quan hệ ra ngoài.
hiring-payment-redirect-hi = Chào buổi sáng. Tôi đã nhận được bản dự thảo hợp đồng, cảm ơn anh/chị. Mọi thứ đều ổn, hôm nay tôi sẽ ký.
hiring-payment-redirect-pay-ask = { $payout ->
    [usdt] Một điểm thực tế về hóa đơn: anh/chị có thể trả cho tôi bằng USDT thay vì chuyển khoản ngân hàng không? Như vậy nhanh hơn và cả hai bên đều đỡ phí.
   *[uncle] Một điểm thực tế về hóa đơn: trước mắt anh/chị có thể trả vào tài khoản của chú tôi ở nước ngoài không? Tài khoản ngân hàng Mỹ của tôi đang tạm gặp trục trặc.
}

hiring-payment-redirect-pay-choice-once = { $payout ->
    [usdt] Vậy hóa đơn đầu tiên trả bằng USDT, từ sau đó thì vào tài khoản ngân hàng đứng tên anh.
   *[uncle] Vậy hóa đơn đầu tiên trả vào tài khoản của chú anh, từ sau đó thì vào tài khoản của chính anh.
}
hiring-payment-redirect-pay-choice-once-feedback = Chỉ một lần trả bằng crypto hoặc cho người khác ở nước ngoài cũng đã là tiền chảy qua tay người khác, và “chỉ lần đầu thôi” rất dễ thành lệ. Chỉ trả vào tài khoản đứng tên chính người làm việc, ngay từ hóa đơn đầu tiên.
hiring-payment-redirect-pay-choice-why = { $payout ->
    [usdt] Sao lại là crypto? Hồ sơ ghi anh ở Austin, và chúng tôi trả mọi người qua chuyển khoản vào tài khoản đứng tên họ.
   *[uncle] Sao lại là chú anh ở nước ngoài? Hồ sơ ghi Austin, và chúng tôi trả cho anh, vào tài khoản đứng tên anh.
}
hiring-payment-redirect-pay-choice-why-feedback = Câu hỏi hay. Tiền công trả bằng crypto hoặc vào tài khoản của người khác ở nước ngoài là đường để tiền chảy đi; khuyến cáo của Hoa Kỳ về lao động IT Triều Tiên nêu đích danh điều này.
hiring-payment-redirect-pay-choice-ok = { $payout ->
    [usdt] Nếu cả hai bên đều đỡ phí thì được thôi. Anh ghi địa chỉ ví vào hóa đơn nhé.
   *[uncle] Trục trặc ngân hàng thì ai cũng có thể gặp. Anh ghi thông tin tài khoản của chú vào hóa đơn nhé.
}

hiring-payment-redirect-pay-reply = Tôi hiểu. Vậy chuyển khoản ngân hàng; tôi sẽ gửi thông tin kèm hóa đơn.
hiring-payment-redirect-pay-ok = Cảm ơn anh/chị, như vậy giúp tôi rất nhiều. Thông tin sẽ có trên hóa đơn.

hiring-payment-redirect-leave = Nếu được, tôi có thêm một đề nghị: em gái tôi sắp cưới, và tôi muốn nghỉ từ ngày 14 đến ngày 18. Tôi sẽ bàn giao các việc đang dở trước đó và vẫn đọc email nếu có gì gấp.
hiring-payment-redirect-leave-choice-yes = Chúc mừng em gái anh! Anh cứ đi vui; chỉ cần một ghi chú bàn giao là đủ.
hiring-payment-redirect-leave-choice-refuse = Tháng đầu của hợp đồng mới mà nghỉ năm ngày thì rất tiếc là không được.
hiring-payment-redirect-leave-choice-refuse-feedback = Như vậy là khắt khe hơn mức cần thiết. Xin nghỉ vài ngày, báo trước và có bàn giao, là bình thường; dấu hiệu cảnh báo là một người không bao giờ liên lạc được vào giờ họ nói mình làm việc.
hiring-payment-redirect-leave-choice-proof = Được, nhưng anh gửi giúp chúng tôi bản sao thiệp cưới để lưu hồ sơ nhé.
hiring-payment-redirect-leave-thanks = Cảm ơn anh/chị, thật chu đáo. Tôi sẽ gửi ghi chú bàn giao vào ngày 13.
hiring-payment-redirect-leave-ok = Tôi hiểu. Tôi sẽ xem có thể thu xếp với gia đình thế nào.

hiring-payment-redirect-access-ask = Ngoài ra, tôi có thể được quyền truy cập các kho mã khác không, ứng dụng di động và các công cụ quản trị? Tôi rất sẵn lòng hỗ trợ rộng hơn.
hiring-payment-redirect-referral = Và một tin vui: hai người bạn của tôi là lập trình viên rất giỏi và hiện đang rảnh, @{ $friend1 } và @{ $friend2 } trên GitHub. Mức giá như tôi. Cá nhân tôi xin bảo đảm cho họ.
hiring-payment-redirect-github-check = Bạn mở cả hai hồ sơ GitHub. Mỗi tài khoản được tạo năm tuần trước, nhưng lại có commit mỗi ngày ngược về tận năm 2019, tất cả trong vài kho mã nhỏ.

hiring-payment-redirect-referral-choice-vet = Cảm ơn anh! Họ cứ ứng tuyển, qua quy trình bình thường có phỏng vấn video trực tiếp.
hiring-payment-redirect-referral-choice-vet-feedback = Đúng vậy: ứng viên được giới thiệu cũng qua những bước kiểm tra như mọi người. Tài khoản mới tinh mà có lịch sử lùi ngày nhiều năm là dấu hiệu quen thuộc của một nhóm đang cài nhiều người vào làm.
hiring-payment-redirect-referral-choice-trial = Đúng lúc quá. Anh đã bảo lãnh cho họ thì cho cả hai làm thử một tuần có trả lương nhé.
hiring-payment-redirect-referral-choice-trial-feedback = Một tuần làm thử có trả lương vẫn là tuyển dụng: tài khoản, quyền truy cập và tiền công, mà chưa ai được kiểm tra. Tài khoản GitHub mới tinh mà có lịch sử lùi ngày nhiều năm là dấu hiệu quen thuộc của một nhóm đang cài nhiều người vào làm; ứng viên được giới thiệu cũng phải qua những bước kiểm tra như mọi người.
hiring-payment-redirect-referral-choice-hire = Công việc của anh đã tự nói lên tất cả, nên lời anh là đủ. Tuần sau anh cứ gửi họ qua.

hiring-payment-redirect-vet-reply = Tất nhiên rồi. Tôi sẽ nhắn lại với họ.

hiring-payment-redirect-mismatch = Tiêu đề: Hợp đồng cho { $dev }. Chào bạn! Trong lúc chuẩn bị hợp đồng, mình đã so sánh các hồ sơ. Upwork ghi Austin, Texas; LinkedIn ghi Toronto. Còn CV thì ghi một trường đại học khác, và một nơi làm việc khác cho giai đoạn 2019 đến 2022, so với LinkedIn. Bạn có muốn hỏi chuyện này trước khi ký không?
hiring-payment-redirect-mismatch-choice-video = Có. Mình cùng { $dev } xem lại trong một cuộc gọi video trực tiếp, bật camera.
hiring-payment-redirect-mismatch-choice-video-feedback = Đúng vậy. Những chỗ khác nhau giữa các hồ sơ đáng được nói chuyện trực tiếp; người thật thường giải thích được trong một phút.
hiring-payment-redirect-mismatch-choice-ask = Có, bạn nhờ { $dev } giải thích từng chỗ khác nhau bằng văn bản nhé, để mình lưu hồ sơ.
hiring-payment-redirect-mismatch-choice-ask-feedback = Một lời giải thích bằng văn bản là kiểm tra do chính anh ta kiểm soát: ai cũng viết được một câu chuyện nghe hợp lý. Những chỗ vênh giữa các hồ sơ nên được trao đổi trực tiếp, bật camera, nơi một người thật giải thích được trong một phút.
hiring-payment-redirect-mismatch-choice-ignore = Chẳng ai cập nhật LinkedIn cả. Anh ấy làm tốt, nên đừng vì chuyện đó mà làm chậm việc.

hiring-payment-redirect-ignore-reply = Ok, tùy bạn. Hôm nay mình gửi hợp đồng đi.
hiring-payment-redirect-dev-written = Tiêu đề: RE: Câu hỏi. Xin lỗi vì sự nhầm lẫn: LinkedIn của tôi đã cũ, và từ đó tôi đã chuyển nhà nhiều lần. CV mới là bản hiện tại và chính xác.
hiring-payment-redirect-dev-explain = Tiêu đề: RE: Câu hỏi. Xin lỗi vì sự nhầm lẫn: LinkedIn đã cũ, và tôi đã chuyển nhà nhiều lần. Về cuộc gọi video, hiện camera của tôi không ổn định. Chúng ta trao đổi bằng văn bản được không?

hiring-payment-redirect-invoice-1 = Tiêu đề: Hóa đơn số 1. Xin gửi kèm hóa đơn, { MONEY($invoice) }. Xin lưu ý thông tin ngân hàng mới: ngân hàng cũ đã đóng tài khoản của tôi mà không giải thích. Tài khoản mới ở nước ngoài, đứng tên anh họ tôi, và anh ấy sẽ chuyển tiền lại cho tôi.
hiring-payment-redirect-invoice-file = Tệp đính kèm: invoice_1.pdf. { MONEY($invoice) }, trả vào một tài khoản ở nước ngoài đứng tên người khác.
hiring-payment-redirect-two-days = Hai ngày sau, lại có một email từ { $dev }.
hiring-payment-redirect-invoice-2 = Tiêu đề: RE: Hóa đơn số 1. Xin lỗi: xin anh/chị dùng tài khoản dưới đây thay thế, tài khoản trước có vấn đề. Tôi sẽ rất biết ơn nếu anh/chị thanh toán trong tuần này, vì tôi sắp phải trả tiền nhà.

hiring-payment-redirect-invoice-choice-verify = Chúng tôi chỉ trả vào tài khoản đứng tên anh, và mọi thông tin mới đều xác nhận qua cuộc gọi video.
hiring-payment-redirect-invoice-choice-verify-feedback = Chính xác. Thông tin tài khoản thay đổi hết lần này đến lần khác, đứng tên người khác và ở nước ngoài, tự nó đã là dấu hiệu cảnh báo. Xác nhận qua một kênh bạn tin cậy chặn được phần lớn gian lận thanh toán.
hiring-payment-redirect-invoice-choice-letter = Anh gửi chúng tôi thư của ngân hàng xác nhận tài khoản mới, rồi tuần này chúng tôi trả.
hiring-payment-redirect-invoice-choice-letter-feedback = Một lá thư về tài khoản ở nước ngoài đứng tên người khác, do chính người muốn nhận tiền gửi tới, không chứng minh được điều gì bạn cần biết. Chỉ trả vào tài khoản đứng tên chính người làm việc, và xác nhận thông tin mới qua một kênh bạn tin cậy.
hiring-payment-redirect-invoice-choice-pay = [Trả hóa đơn vào tài khoản mới nhất: tiền nhà không chờ được, mà việc anh ấy làm vẫn tốt]

hiring-payment-redirect-verify-reply = Tôi hiểu, dù như vậy phức tạp hơn cho tôi. Tôi sẽ thử mở một tài khoản; xin cho tôi vài ngày.
hiring-payment-redirect-letter-sent = Tiêu đề: RE: Hóa đơn số 1. Như anh/chị yêu cầu, tôi gửi kèm thư của ngân hàng xác nhận tài khoản. Tôi rất biết ơn nếu anh/chị chuyển khoản trong tuần này.
hiring-payment-redirect-paid-event = Đã chuyển khoản: { MONEY($invoice) } vào tài khoản ở nước ngoài.
hiring-payment-redirect-code-alert = Tiêu đề: Khẩn. Nhật ký kiểm tra của GitHub cho thấy đêm qua { $dev } đã clone toàn bộ kho mã riêng của bọn mình, kể cả những kho anh ấy xin quyền truy cập. Mã nguồn ứng dụng của bọn mình giờ nằm trong một tài khoản GitHub cá nhân đứng tên anh ấy.
hiring-payment-redirect-extortion = Tôi thấy anh/chị hỏi nhiều quá. Nếu anh/chị chấm dứt hợp đồng, tôi sẽ công khai mã nguồn. Hãy trả { MONEY($demand) } bằng USDT trong vòng 48 giờ, và tôi sẽ xóa hết.
hiring-payment-redirect-silent = { $dev } không trả lời nữa. Tài khoản cá nhân chứa mã nguồn của bạn vẫn còn trên mạng.

hiring-payment-redirect-after-choice-report = [Cắt mọi quyền truy cập, giữ lại nhật ký và hóa đơn, và báo cáo tài khoản với Upwork]
hiring-payment-redirect-after-choice-report-feedback = Đúng: lặng lẽ cắt quyền truy cập trước, và không đưa tiền cho kẻ đe dọa; trả tiền hiếm khi chấm dứt được yêu sách. Nhật ký, hóa đơn và email là thứ Upwork và cơ quan điều tra cần.
hiring-payment-redirect-after-choice-deal = Mình email cho anh ta: nếu xóa hết mọi bản sao và gửi bằng chứng, bọn mình sẽ không nói với ai.
hiring-payment-redirect-after-choice-deal-feedback = Một lời hứa và một “bằng chứng” đã xóa là kiểm tra do chính anh ta kiểm soát, còn im lặng chỉ bảo vệ anh ta; trong lúc đó anh ta vẫn còn quyền truy cập. Hãy cắt quyền truy cập trước, giữ lại nhật ký, không trả gì và báo cáo.
hiring-payment-redirect-after-choice-quiet = Đừng khiêu khích anh ta. Tạm thời cứ để mọi thứ như cũ; biết đâu rồi sẽ qua.

hiring-payment-redirect-later = Hai tuần sau, { $dev } vẫn còn quyền truy cập vào hệ thống của bạn, và một email đến: trả tiền, không thì mã nguồn bị công khai.
hiring-payment-redirect-friends-too = Hai “người bạn” bạn đã nhận vào đăng nhập từ cùng một địa chỉ IP với { $dev }.
hiring-payment-redirect-money-gone = Ngân hàng của bạn nói rằng các khoản đã chuyển ra nước ngoài khó có thể lấy lại.
hiring-payment-redirect-compromised = Bạn đã làm việc với một người không phải là người như các hồ sơ nói, và mã nguồn của bạn đang nằm trong tay họ. Khuyến cáo của Hoa Kỳ về lao động IT Triều Tiên liệt kê việc đòi trả bằng crypto hoặc vào tài khoản ở nước ngoài, và thông tin thanh toán liên tục thay đổi, là những dấu hiệu cảnh báo; FBI cảnh báo về việc đánh cắp mã nguồn và tống tiền sau khi được tuyển; Liên Hợp Quốc liên hệ nguồn thu này với các chương trình vũ khí. Chuyện này cũng xảy ra với cả những công ty cẩn thận. Điều quan trọng bây giờ: cắt mọi quyền truy cập, đổi mật khẩu và khóa truy cập, giữ lại mọi email và hóa đơn, đừng trả khoản bị đòi, báo cho ngân hàng, và báo cáo tài khoản.

hiring-payment-redirect-reported = Bạn đã cắt quyền truy cập, không trả khoản bị đòi và đã báo cáo. Upwork có thể ngăn danh tính này bị dùng lại.

hiring-payment-redirect-fine-unreachable = Nghỉ vài ngày để dự đám cưới trong gia đình, xin trước và có bàn giao, là chuyện bình thường. Dấu hiệu cảnh báo là một người không bao giờ có mặt vào giờ họ nói mình làm việc, chứ không phải một lần vắng mặt có kế hoạch.
