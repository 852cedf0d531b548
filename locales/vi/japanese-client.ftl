# Kịch bản “japanese-client”: một “khách hàng từ Osaka” tìm thấy bạn trên GitHub, chuyển cuộc
# trò chuyện sang Discord, né mọi cuộc gọi bằng tiếng Nhật, rồi nhắn riêng đòi cài Chrome Remote
# Desktop. Câu hỏi đầu tiên của anh ta (múi giờ và số giờ mỗi tuần) là vô hại.
# Biến: $client (tên nam), $colleague (tên nữ; đồng nghiệp của chính người chơi), $handle (tên
# người dùng Discord), $rate và $bonus (đô la), $repo (parser hoặc charts, cho bộ chọn).
# Giọng: chỉn chu. Khách hàng viết đúng chính tả, lịch sự, chuyên nghiệp, không emoji; người
# đồng nghiệp viết tự nhiên, ngắn gọn.
# Xưng hô: khách hàng xưng “tôi”, gọi người chơi là “bạn”; người chơi xưng “mình” (như trong mọi
# kịch bản), gọi anh ta là “anh”; đồng nghiệp xưng “mình” với người chơi.

japanese-client-title = Một khách hàng từ Osaka
japanese-client-summary = Một CTO start-up từ Nhật Bản thích dự án mã nguồn mở của bạn và mời bạn ký hợp đồng.
japanese-client-cast-client = { $client }
japanese-client-cast-colleague = { $colleague }

japanese-client-comment = { $client } đã bình luận trong một issue ở repository { $repo ->
    [parser] trình phân tích CSV
   *[charts] thư viện vẽ biểu đồ
} của bạn.
japanese-client-hello = Xin chào! Tôi là { $client }, CTO của Sakura Ledger, một start-up fintech nhỏ ở Osaka. Chúng tôi dùng { $repo ->
    [parser] trình phân tích
   *[charts] thư viện
} của bạn trong môi trường production, và nó chạy rất tốt.
japanese-client-offer = Chúng tôi muốn thuê bạn làm cộng tác viên trong ba tháng, { MONEY($rate) } một giờ, hoàn toàn từ xa.
japanese-client-hours = Trước khi đi tiếp: bạn làm việc theo múi giờ nào, và mỗi tuần có thể dành cho chúng tôi bao nhiêu giờ? Chúng tôi cần vài giờ trùng với giờ Osaka.
japanese-client-hours-choice-answer = Mình có thể bắt đầu sớm, nhưng chỉ khoảng hai mươi giờ mỗi tuần; buổi sáng sẽ trùng giờ.
japanese-client-hours-choice-contract-first = Khi nào có hợp đồng ký rồi mình mới bàn giờ làm. Trước hết dự án là gì vậy anh?
japanese-client-hours-choice-contract-first-feedback = Muốn biết về dự án là chính đáng, nhưng giữ kín múi giờ và số giờ mỗi tuần cho đến khi có hợp đồng là làm chậm một câu hỏi lên kế hoạch bình thường: chúng không mở ra thứ gì dưới tên bạn. Hãy để dành điều kiện cho những gì thật sự quan trọng.
japanese-client-hours-choice-refuse = Mình ở đâu và làm giờ nào thì để khi biết thêm về anh mình mới nói.
japanese-client-hours-choice-refuse-feedback = Thận trọng, nhưng ở đây nó tốn nhiều hơn là bảo vệ. Múi giờ và số giờ mỗi tuần là câu hỏi sắp xếp công việc bình thường; chúng không mở được gì dưới tên bạn.
japanese-client-hours-later = Không sao; chuyện giờ giấc mình thống nhất sau khi bạn xem dự án.

japanese-client-move = Issue trên GitHub là công khai, nên mình nói tiếp trên Discord được không? Tên người dùng của tôi là { $handle }, ở đó tôi sẽ giải thích mọi thứ.
japanese-client-move-choice-go = Cũng phải, một issue công khai đâu phải chỗ bàn hợp đồng. Mình sẽ thêm anh trên Discord.
japanese-client-move-choice-ask = Cảm ơn anh! Anh gửi lời mời bằng văn bản qua một nền tảng freelance trước được không?
japanese-client-move-choice-ask-feedback = Nước đi tốt. Một lời mời bằng văn bản trên nền tảng chẳng tốn gì của khách hàng thật, và cuộc trò chuyện ở lại nơi có lịch sử và quy trình giải quyết tranh chấp.
japanese-client-move-choice-email = Anh gửi email cho mình từ địa chỉ công ty trước được không? Rồi mình thêm anh trên Discord.
japanese-client-move-choice-email-feedback = Một email từ địa chỉ công ty thì dễ sắp xếp và chẳng nói lên mấy về người viết. Điều quan trọng là chính việc chuyển kênh: rời khỏi mọi nền tảng, trước khi có hợp đồng.

japanese-client-stay-reply = Chúng tôi là start-up nhỏ, không làm việc qua nền tảng; chúng tôi trả tiền trực tiếp, như vậy bạn nhận nhanh hơn. Cả đội đều ở trên Discord, mời bạn sang đó.
japanese-client-insist-choice-give-in = Trả tiền trực tiếp đúng là nhanh hơn cho cả hai. Được, mình sang Discord với anh.
japanese-client-insist-choice-contract = Được, mình sang đó, nhưng hợp đồng thì phải qua một nền tảng.
japanese-client-insist-choice-contract-feedback = Một hợp đồng trên nền tảng về sau chẳng giúp được bao nhiêu khi mọi thứ khác đều chạy qua Discord, mà anh ta vừa nói không làm việc qua nền tảng. Chính việc chuyển kênh mới là yêu cầu cần từ chối.
japanese-client-insist-choice-report = [Chặn tài khoản trên GitHub và báo cáo bình luận đó với GitHub là spam]
japanese-client-insist-choice-report-feedback = GitHub là một trong những nơi kiểu tuyển dụng này bắt đầu. Báo cáo bình luận giúp GitHub nhận ra tài khoản.
japanese-client-email-reply = Tất nhiên. Tôi vừa gửi bạn một email từ địa chỉ công ty. Hẹn gặp bạn trên Discord.

japanese-client-dc-hello = Chào mừng bạn, và cảm ơn bạn đã sang đây.
japanese-client-dc-project = Dự án là dashboard cho sàn giao dịch tiền mã hóa của chúng tôi, dùng React và Node, những thứ bạn rất thạo. Chúng tôi trả hai tuần một lần, { MONEY($rate) } một giờ, bằng USDC hoặc chuyển khoản ngân hàng, tùy bạn.
japanese-client-dc-start = Là một công ty Nhật, chúng tôi coi trọng việc bắt đầu nhanh. Thứ Hai bạn bắt đầu được không? Hôm nay tôi gửi bản đặc tả, để mình khỏi mất thời gian vào thủ tục.
japanese-client-call-choice-skip = Đặc tả hôm nay, thứ Hai bắt đầu, với mình vậy là ổn. Anh gửi qua đi, mình bắt tay vào làm.
japanese-client-call-choice-colleague = Mình gọi ngắn một cuộc trước được không anh? Đồng nghiệp của mình, { $colleague }, nói được tiếng Nhật; mình thêm cô ấy vào.
japanese-client-call-choice-colleague-feedback = Một phép thử rẻ và công bằng: ai thật sự điều hành công ty ở Osaka cũng nói được vài câu tiếng Nhật mà chẳng khó khăn gì.
japanese-client-call-choice-papers = Trước thứ Hai, anh gửi mình giấy đăng ký doanh nghiệp của Sakura Ledger được không?
japanese-client-call-choice-papers-feedback = Giấy tờ anh ta gửi là giấy tờ anh ta kiểm soát. Vài câu tiếng Nhật, từ một người tự nhận điều hành công ty ở Osaka, là bài kiểm tra anh ta không thể chuẩn bị trước: đó mới là cách kiểm tra đơn giản.

japanese-client-skip-reply = Tuyệt vời, làm việc với bạn thật dễ chịu. Còn một chuyện nhỏ trước thứ Hai; tôi sẽ nhắn riêng cho bạn.
japanese-client-papers-reply = Tất nhiên, tôi sẽ đính kèm cùng bản đặc tả. Còn một chuyện nhỏ trước thứ Hai; tôi sẽ nhắn riêng cho bạn.

japanese-client-colleague-joins = { $colleague } đã tham gia kênh.
japanese-client-colleague-hello = はじめまして！{ $colleague }です。大阪のどちらにお住まいですか？
japanese-client-colleague-explains = (Giải thích cho bạn: mình vừa chào và hỏi anh ấy sống ở khu nào của Osaka. Chuyện xã giao dễ ợt với bất kỳ ai ở đó.)


japanese-client-stall-excuse = Xin lỗi, mình cứ nhắn tin được không? Tuần này micro của tôi bị hỏng. Mà nói thật, tiếng Nhật của tôi hơi lụt rồi; tôi lớn lên ở nước ngoài.
japanese-client-stall-excuse-2 = Mình bỏ qua cuộc gọi nhé, không cần thiết đâu. Nếu bạn bắt đầu sớm, tôi trả trước tuần đầu tiên.
japanese-client-stall-choice-accept = Nhiều người lớn lên ở nước ngoài mà, trả trước một tuần là hào phóng. Nhắn tin cũng được.
japanese-client-stall-choice-later-call = Giờ nhắn tin cũng được, nhưng trước khi gửi hóa đơn đầu tiên mình muốn có cuộc gọi đó.
japanese-client-stall-choice-later-call-feedback = Hoãn bài kiểm tra là cho anh ta đúng thứ anh ta cần: thời gian, và công sức của bạn trong lúc đó. Anh ta đã né cả một câu tiếng Nhật; chỗ không khớp ấy chính là câu trả lời.
japanese-client-stall-choice-leave = Xin lỗi anh, nhưng chuyện này không khớp với mình, nên mình xin không nhận dự án. Chúc anh may mắn.
japanese-client-stall-choice-leave-feedback = Tin vào chỗ không khớp là đúng. Một khách hàng tự nhận là người Nhật mà né cả một câu tiếng Nhật đang nói với bạn điều gì đó.

japanese-client-stall-gone = Xin lỗi, giờ tôi rất bận, đang có cuộc họp. Mình nói chuyện sau nhé.
japanese-client-left = { $client } rời kênh mà không nói thêm lời nào.

japanese-client-dm = Một ngày sau: tin nhắn riêng từ { $client }.
japanese-client-dm-hello = Chào bạn lần nữa. Mình nói chuyện ở đây nhé, chỉ hai chúng ta, cho đơn giản.
japanese-client-dm-no-colleague = Không cần kéo đồng nghiệp của bạn vào; cô ấy không thuộc dự án.
japanese-client-dm-bonus = Tôi muốn bạn bắt đầu ngay tuần này, và hôm nay tôi có thể gửi bạn { MONEY($bonus) } tiền thưởng nhận việc.
japanese-client-dm-link = { $client } đã gửi cho bạn một đường dẫn: “Chrome Remote Desktop – thiết lập truy cập từ xa”.
japanese-client-dm-setup = Trưởng nhóm dev của chúng tôi sẽ thiết lập môi trường trên máy của bạn. Bạn cài Chrome Remote Desktop qua đường dẫn đó rồi gửi tôi mã truy cập nhé; mọi cộng tác viên của chúng tôi đều làm vậy.
japanese-client-remote-choice-install = Có tiền thưởng lại có môi trường dựng sẵn, nghe được đấy. Mình cài đây, mã đây anh.
japanese-client-remote-choice-why = Sao dev bên anh lại cần máy tính của mình? Môi trường mình tự thiết lập được mà.
japanese-client-remote-choice-why-feedback = Câu hỏi đúng. Không công việc thật nào cần điều khiển máy tính của bạn: môi trường là do bạn tự thiết lập.
japanese-client-remote-choice-profile = Dev bên anh là ai? Anh gửi mình hồ sơ GitHub của anh ấy trước, rồi mình cài.
japanese-client-remote-choice-profile-feedback = Một hồ sơ do anh ta chọn chẳng cho bạn biết ai sẽ ngồi trước máy tính của bạn, và không hồ sơ nào khiến việc đó an toàn: không công việc thật nào cần quyền điều khiển máy của bạn.
japanese-client-dev-profile = Tất nhiên. Đây là hồ sơ GitHub của anh ấy: tám năm commit, tất cả đều công khai. Anh ấy là kỹ sư giỏi nhất của chúng tôi.

japanese-client-why-reply = Máy chủ của chúng tôi chỉ nhận kết nối từ nước bạn, nên dev của chúng tôi phải làm việc từ máy của bạn, qua mạng internet của bạn.
japanese-client-why-reply-2 = Bạn không phải làm gì ngoài việc để máy luôn bật. Thế là { MONEY($rate) } một giờ mà gần như chẳng tốn công.
japanese-client-last-choice-install = Chỉ là đường mạng của mình, mà lại được trả theo giờ. [Gửi anh ta mã truy cập]
japanese-client-last-choice-leave = Vậy là người khác sẽ làm việc dưới tên mình, từ chính máy của mình. Không, mình dừng ở đây.
japanese-client-last-choice-report = [Chặn anh ta trên Discord và báo cáo tài khoản với cả Discord lẫn GitHub]
japanese-client-last-choice-report-feedback = Chính xác: anh ta vừa mô tả đúng cái mánh đó. Chặn và báo cáo tài khoản mà không báo trước giúp ngăn lần thử tiếp theo.

japanese-client-session = Chrome Remote Desktop: có người đang kết nối với máy tính của bạn. Con trỏ chuột tự di chuyển.
japanese-client-keep-on = Cảm ơn bạn! Ban đêm bạn cứ để máy bật và đừng gập nắp nhé.
japanese-client-ssh-key = Hai tuần sau, GitHub gửi email cho bạn: một khóa SSH mới vừa được thêm vào tài khoản của bạn. Bạn không hề thêm nó.
japanese-client-compromised = Một người lạ đã điều khiển máy tính của bạn, và mọi việc làm từ đó đều đi qua mạng internet của bạn, dưới tên bạn. Đó là cách những người này trông như người địa phương trong mắt các nền tảng và nhà tuyển dụng, và việc này có thể biến bạn thành một phần của một vụ gian lận: rủi ro pháp lý vẫn thuộc về bạn, dù người ta đã kể cho bạn một câu chuyện khác. Người bị lừa không giống người cố ý cho một đường dây như vậy dùng máy tính, và hành động sớm sẽ có ích. Hãy ngắt phiên kết nối, gỡ Chrome Remote Desktop, đổi mật khẩu từ một thiết bị khác, xóa các khóa SSH và token lạ trên GitHub, và báo cáo những gì đã xảy ra. Trang “Đã lỡ dính vào?” (phím I) hướng dẫn các bước tiếp theo.

japanese-client-reported-early = Bạn đã chặn tài khoản và báo cáo bình luận. GitHub giờ có thể xem xét nó trước khi nó nhắn cho lập trình viên tiếp theo.
japanese-client-walked-away-mid = Một phép thử hai phút đã cho bạn biết điều cần biết: vị khách hàng từ Osaka không thể là người anh ta tự nhận. Bạn đã rời đi trước khi anh ta kịp đòi hỏi gì.
japanese-client-walked-away = Bạn đã từ chối cho truy cập từ xa. Máy tính và tên của bạn vẫn là của bạn.
japanese-client-reported = Bạn đã từ chối, chặn anh ta và báo cáo tài khoản. Nền tảng giờ đã biết về nó, và máy tính của bạn vẫn là của bạn.

japanese-client-fine-identity-docs = Múi giờ và số giờ mỗi tuần là câu hỏi sắp xếp công việc mà khách hàng nào cũng hỏi; chúng không mở được gì dưới tên bạn. Khác biệt đến sau: một lời tự nhận mà anh ta không chứng minh nổi bằng một câu tiếng Nhật, và yêu cầu được điều khiển máy tính của bạn.
