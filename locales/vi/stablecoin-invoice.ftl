# Kịch bản “stablecoin-invoice”: một khách hàng nhỏ ở nước ngoài, đàng hoàng, trả hóa đơn của
# người chơi bằng USDC vào ví của chính người chơi, vì chuyển khoản ngân hàng chậm và tốn phí.
# Biến: $client (tên một người phụ nữ), $product (ceramics hoặc candles, dùng cho bộ chọn),
# $total và $deposit (đô la, hoặc cùng số USDC).
# Giọng: thoải mái, ấm áp, câu ngắn; vài tin nhắn bắt đầu bằng chữ thường, vài tin có emoji.
# Cô ấy mở shop cùng em gái. Cô ấy xưng “mình”, gọi người chơi là “bạn”; người chơi luôn xưng
# “mình”, như trong mọi kịch bản.

stablecoin-invoice-title = Sửa lỗi cho một shop online nhỏ trả tiền bằng stablecoin
stablecoin-invoice-summary = Chủ một shop online nhỏ ở nước ngoài nhờ bạn báo giá để sửa phần thanh toán của shop.
stablecoin-invoice-cast-client = { $client }

stablecoin-invoice-email-in = Email mới từ { $client }, gửi qua form liên hệ trên trang portfolio của bạn. Tiêu đề: “Lỗi thanh toán trên shop của mình”.
stablecoin-invoice-hello = Chào bạn! Mình là { $client }, mình bán { $product ->
    [ceramics] đồ gốm thủ công
   *[other] nến thủ công
} online, chỉ có mình với em gái thôi. Trang thanh toán bị lỗi trên điện thoại, cả trang web thì chậm. Một người bạn gửi mình portfolio của bạn 🙂
stablecoin-invoice-ask-quote = bạn xem giúp rồi báo mình chi phí được không? Ngân sách không lớn, nhưng mình muốn làm cho đàng hoàng
stablecoin-invoice-quote = Bạn gửi báo giá qua email: sửa trang thanh toán trên điện thoại và tăng tốc các trang sản phẩm, khoảng hai tuần làm việc, tổng cộng { MONEY($total) }.
stablecoin-invoice-quote-ok = Giá hợp lý đó, làm thôi!

stablecoin-invoice-ask-crypto = Mình hỏi chút. Chuyển khoản ngân hàng từ đây sang nước bạn mất khoảng một tuần, mà ngân hàng hai bên đều thu phí. Mình trả bạn bằng USDC, vào ví của chính bạn, được không? Lần trước mình cũng trả cho bạn dev cũ như vậy

stablecoin-invoice-crypto-choice-network = Được chứ. Bạn gửi qua mạng nào? Mình sẽ đưa địa chỉ đúng mạng đó.
stablecoin-invoice-crypto-choice-network-feedback = Thói quen tốt: mạng phải khớp, không thì khoản tiền bị thất lạc. Được trả bằng stablecoin cho hóa đơn của chính mình, vào ví của chính mình, chỉ là một cách thanh toán.
stablecoin-invoice-crypto-choice-refuse = Xin lỗi, nhận crypto từ người mình không quen làm mình lo. Mình xin thôi.
stablecoin-invoice-crypto-choice-refuse-feedback = Cẩn trọng với crypto là dễ hiểu, nhưng hãy nhìn điều cô ấy đề nghị: trả tiền cho chính công việc của bạn, vào ví của chính bạn, không phải chuyển tiếp gì cả. Dấu hiệu cảnh báo là bị nhờ chuyển tiền tiếp cho người khác.
stablecoin-invoice-crypto-choice-bank = Xin lỗi, mình chỉ nhận chuyển khoản ngân hàng. Chờ một tuần cũng được.
stablecoin-invoice-crypto-choice-bank-feedback = Đòi chuyển khoản ngân hàng là quyền của bạn, nhưng ở đây nó khiến bạn mất việc. Được trả bằng stablecoin cho hóa đơn của chính bạn, vào ví của chính bạn, chỉ là một cách thanh toán; dấu hiệu cảnh báo là tiền mà bạn bị nhờ chuyển tiếp cho người khác.
stablecoin-invoice-bank-reply = À, mình hiểu rồi. Nói thật là phí ngân hàng sẽ ăn mất một phần lớn ngân sách của mình. Vậy mình sẽ tìm người nhận USDC. Dù sao cũng cảm ơn bạn!

stablecoin-invoice-network-reply = ví bạn dùng mạng nào cũng được, sàn của mình có mấy mạng phổ biến. Mình sẽ gửi một khoản test nhỏ trước để chắc là tiền tới nơi

stablecoin-invoice-deposit = Tuyệt! Hôm nay mình gửi { GROUPED($deposit) } USDC đặt cọc để bạn bắt đầu, phần còn lại khi xong việc. Bạn cứ gửi mình hóa đơn cho khoản đó, kèm địa chỉ ví.
stablecoin-invoice-deposit-choice-accept = Nghe ổn đó. Chiều nay mình gửi bạn hóa đơn tiền cọc nhé.
stablecoin-invoice-deposit-choice-trick = Cọc bằng crypto khi chưa làm gì cả? Nghe như một chiêu lừa. Thôi, cảm ơn.
stablecoin-invoice-deposit-choice-trick-feedback = Tiền cọc theo báo giá của chính bạn là chuyện bình thường, và nó bảo vệ bạn. Chiêu trả thừa tiền trông khác hẳn: nhiều tiền hơn thỏa thuận, hoặc trả cho việc bạn không làm, kèm lời nhờ chuyển một phần đi.
stablecoin-invoice-deposit-choice-refuse = Cảm ơn, nhưng mình không nhận tiền trước khi làm. Bạn trả hết lúc cuối nhé.
stablecoin-invoice-deposit-choice-refuse-feedback = Đó là lựa chọn của bạn, và cô ấy đồng ý. Dù vậy, tiền cọc theo báo giá của chính bạn là chuyện bình thường và bảo vệ bạn. Dấu hiệu cảnh báo là tiền cho việc bạn không làm, hoặc nhiều hơn thỏa thuận, kèm lời nhờ chuyển một phần đi.
stablecoin-invoice-deposit-later = ok, tùy bạn! Vậy cuối cùng trả một lần.

stablecoin-invoice-invoice-details = À, vì kế toán của mình: bạn ghi giúp họ tên đầy đủ, địa chỉ và mã số thuế lên hóa đơn nhé. Chị ấy khó tính lắm 😅
stablecoin-invoice-invoice-choice-send = Được, mình sẽ ghi đủ, như trên mọi hóa đơn mình từng gửi.
stablecoin-invoice-invoice-choice-later = Giờ chỉ ghi tên thôi; địa chỉ và mã số thuế thì sau khi bạn trả tiền.
stablecoin-invoice-invoice-choice-later-feedback = Giữ lại thông tin nghe thì cẩn thận, nhưng họ tên, địa chỉ và mã số thuế vốn là những gì hóa đơn phải có, và kế toán của cô ấy cần chúng ngay. Dấu hiệu cảnh báo sẽ là bị đòi bản scan hộ chiếu hay ảnh giấy tờ tùy thân.
stablecoin-invoice-invoice-choice-refuse = Mình không muốn đưa địa chỉ và mã số thuế. Chỉ ghi tên được không?
stablecoin-invoice-invoice-choice-refuse-feedback = Họ tên, địa chỉ và mã số thuế là những gì vốn phải có trên hóa đơn, và kế toán của cô ấy cần chúng. Dấu hiệu cảnh báo là bị đòi bản scan hộ chiếu hay ảnh giấy tờ tùy thân “để thiết lập”.
stablecoin-invoice-invoice-fine = hm ok, để mình hỏi chị ấy, chắc sau này chị ấy vẫn sẽ cần. Nhưng cứ bắt đầu đi!

stablecoin-invoice-deposit-in = Ví của bạn: một khoản test nhỏ, rồi { GROUPED($deposit) } USDC từ cùng địa chỉ đó. Khớp với hóa đơn tiền cọc của bạn.

stablecoin-invoice-move-tg = Để hỏi nhanh trong lúc bạn làm, dùng Telegram được không? Email thì tối mình mới đọc. Báo giá với hóa đơn vẫn để ở đây
stablecoin-invoice-tg-choice-ok = Được, Telegram cho mấy câu hỏi nhanh thì ổn.
stablecoin-invoice-tg-choice-keep = Được. Báo giá và hóa đơn mình vẫn gửi qua email.
stablecoin-invoice-tg-choice-keep-feedback = Hợp lý: giấy tờ nằm một chỗ. Còn bản thân việc chuyển kênh ở đây là vô hại, vì thỏa thuận và thanh toán không hề thay đổi.
stablecoin-invoice-tg-choice-refuse = Mình muốn giữ hết qua email. Ứng dụng nhắn tin có vẻ rủi ro.
stablecoin-invoice-tg-choice-refuse-feedback = Bạn có quyền làm vậy, và cô ấy đồng ý. Nhưng ở đây không có nền tảng nào để rời bỏ cả: báo giá và hóa đơn đều có văn bản, và hỏi nhanh qua ứng dụng nhắn tin không thay đổi chuyện ai trả tiền cho ai.
stablecoin-invoice-email-fine = không sao, vậy mình nhắn ở đây, chắc chỉ chậm hơn chút 🙂

stablecoin-invoice-tg-hello = Hi, { $client } đây! Telegram của mình nè
stablecoin-invoice-work = Mười ngày sau, trang thanh toán chạy tốt trên điện thoại và các trang sản phẩm tải nhanh gấp đôi. Bạn gửi hóa đơn cuối.
stablecoin-invoice-delivered = Giờ nhanh quá trời!! Em mình thử trên cái điện thoại cũ của nó, chạy ngon 🎉 Mình trả hóa đơn ngay đây
stablecoin-invoice-delivered-order = Mình vừa thử mua { $product ->
    [ceramics] một cái tách nhỏ
   *[other] một cây nến
} trong shop của chính mình bằng điện thoại 😄 mười giây, không lỗi gì hết! Mình trả hóa đơn của bạn ngay đây
stablecoin-invoice-paid-twice = Ví của bạn: khoản thanh toán cho hóa đơn cuối đến từ địa chỉ của { $client }, và một phút sau lại thêm đúng số tiền đó.
stablecoin-invoice-oops = khoan, hình như mình gửi hai lần 🙈 app của sàn bị đơ nên mình bấm lại
stablecoin-invoice-overpay-ask = Bạn chuyển phần dư sang ví của em gái mình thay vì trả lại mình được không? Em ấy trả tiền nhà cung cấp từ ví đó, mình đỡ được một lần chuyển. Để mình dán địa chỉ của em ấy

stablecoin-invoice-overpay-choice-forward = Được, bạn dán địa chỉ của em ấy đi, hôm nay mình chuyển.
stablecoin-invoice-overpay-choice-return = Mình chỉ trả lại vào đúng ví đã gửi, hoặc trừ vào lần sau.
stablecoin-invoice-overpay-choice-return-feedback = Chính xác. Tiền dư chỉ quay về đúng đường nó đã đến, hoặc được trừ vào hóa đơn sau. Chuyển nó sang một ví chưa từng trả tiền cho bạn chính là cách lừa đảo trả thừa lợi dụng người khác, kể cả khi khách hàng, như ở đây, là người đàng hoàng.
stablecoin-invoice-overpay-choice-check = Nếu em bạn xác nhận địa chỉ qua một cuộc gọi, mình sẽ chuyển cho em ấy.
stablecoin-invoice-overpay-choice-check-feedback = Cuộc gọi chỉ kiểm tra người em, không kiểm tra dòng tiền. Chuyển tiền sang một ví không trả tiền cho bạn là chuyển tiếp tiền, dù ai nhờ: chỉ trả lại cho người gửi, hoặc trừ vào hóa đơn sau.

stablecoin-invoice-return-ok = À, bạn nói đúng, xin lỗi, mình không nghĩ tới. Bạn trả về địa chỉ của mình nhé, mình tự chuyển cho em.
stablecoin-invoice-returned = Bạn trả phần dư về đúng địa chỉ đã gửi. { $client } xác nhận đã nhận được.
stablecoin-invoice-forward-thanks = cảm ơn bạn nhiều!! Em ấy nhận được rồi
stablecoin-invoice-forwarded-note = Lần này mọi chuyện ổn, vì cô ấy thật sự đàng hoàng. Trong một vụ lừa đảo trả thừa, “phần dư” là tiền bị đánh cắp của người khác, và cái ví bạn chuyển tiếp tới thuộc về kẻ lừa đảo.

stablecoin-invoice-next-job = Tháng sau mình muốn thêm form đăng ký nhận tin trên trang. Làm như lần này nhé? Báo giá, hóa đơn, USDC.

stablecoin-invoice-hired = Bạn đã làm xong việc và được trả tiền. USDC trả cho chính hóa đơn của bạn, vào ví của chính bạn, và tiền cọc là một phần trong báo giá của bạn: điều quan trọng không phải loại tiền, mà là tiền đó trả cho công việc của ai. Yêu cầu duy nhất cần để ý là lần trả tiền hai lần: tiền dư chỉ quay về đúng đường nó đã đến.
stablecoin-invoice-missed-crypto = Công việc đã về tay người khác. Cẩn trọng với crypto và với tiền trả trước là dễ hiểu; nhưng ở đây cô ấy chỉ muốn trả hóa đơn của chính bạn, vào ví của chính bạn, không phải chuyển tiếp gì cho ai. Lần sau, hãy hỏi tiền đó để trả cho việc gì và sẽ đi đâu, rồi hãy quyết định.

stablecoin-invoice-fine-easy-money = Được trả bằng USDC và nhận tiền cọc trước ở đây là ổn: tiền trả cho chính công việc bạn đã lập hóa đơn, theo giá của bạn, vào ví của bạn, không phải chuyển tiếp gì, và không ai hối thúc bạn.
stablecoin-invoice-fine-identity-docs = Họ tên, địa chỉ và mã số thuế trên hóa đơn là ổn: đó là sổ sách bình thường cho công việc bạn đã làm. Dấu hiệu cảnh báo là bị đòi bản scan hộ chiếu hay ảnh giấy tờ tùy thân.
stablecoin-invoice-fine-off-platform = Chuyển các câu hỏi nhanh sang Telegram là ổn: không có nền tảng nào để rời bỏ, cô ấy tìm thấy bạn qua chính trang web của bạn, còn báo giá và hóa đơn vẫn bằng văn bản qua email.
