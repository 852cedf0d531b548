# Kịch bản “japanese-client”: một “khách hàng từ Osaka” tìm thấy bạn trên GitHub, chuyển cuộc
# trò chuyện sang Discord, né mọi cuộc gọi bằng tiếng Nhật, rồi nhắn riêng đòi cài Chrome Remote
# Desktop. Biến: $client và $colleague (tên), $handle (tên người dùng Discord), $rate và $bonus
# (đô la), $repo (parser hoặc charts, cho bộ chọn).
# Khách hàng viết lịch sự, hơi cứng, có vài lỗi nhỏ; người đồng nghiệp (nữ) viết tự nhiên, ngắn gọn.
# Người chơi luôn xưng “mình”, để cách xưng hô không để lộ đáp án.

japanese-client-title = Khách hàng từ Osaka
japanese-client-summary = Một CTO start-up từ Nhật Bản thích dự án mã nguồn mở của bạn và mời bạn ký hợp đồng.
japanese-client-cast-client = { $client }
japanese-client-cast-colleague = { $colleague }

japanese-client-comment = { $client } đã bình luận trong một issue ở repository { $repo ->
    [parser] trình phân tích CSV
   *[charts] thư viện vẽ biểu đồ
} của bạn.
japanese-client-hello = Xin chào! Tôi là { $client }, CTO của Sakura Ledger, start-up fintech nhỏ ở Osaka 🇯🇵. Chúng tôi dùng { $repo ->
    [parser] trình phân tích
   *[charts] thư viện
} của bạn trong production, làm rất tốt!
japanese-client-offer = Chúng tôi muốn thuê bạn làm contractor, 3 tháng, { MONEY($rate) }/giờ, hoàn toàn từ xa.
japanese-client-move = Bình luận GitHub là công khai, nên xin hãy nói chuyện trên Discord được không? User của tôi là { $handle }. Tôi giải thích mọi chi tiết ở đó.

japanese-client-move-choice-go = Cảm ơn, bạn thật chu đáo! Mình sẽ add bạn trên Discord.
japanese-client-move-choice-ask = Cảm ơn bạn! Bạn có thể gửi lời mời bằng văn bản trước, qua một nền tảng freelance với hợp đồng đàng hoàng được không?
japanese-client-move-choice-ask-feedback = Nước đi tốt. Một lời mời bằng văn bản trên nền tảng chẳng tốn gì của một khách hàng thật, và nó giữ cuộc trò chuyện ở nơi có lưu vết và có quy trình khiếu nại.
japanese-client-move-choice-stay = Mình rất muốn nghe thêm, nhưng mình chỉ bàn chuyện tuyển dụng trên nền tảng freelance cho đến khi có hợp đồng.

japanese-client-stay-reply = Chúng tôi là start-up, chúng tôi không dùng nền tảng, chúng tôi trả trực tiếp, nhanh hơn nhiều cho bạn. Cả team chúng tôi đều ở Discord, xin hãy đến 🙏
japanese-client-insist-choice-give-in = Ok, mình sẽ qua Discord.
japanese-client-insist-choice-decline = Cảm ơn, nhưng không có hợp đồng trên nền tảng thì mình xin thôi. Chúc may mắn!
japanese-client-insist-choice-report = Mình xin thôi, và mình sẽ báo cáo bình luận này với GitHub là spam.
japanese-client-insist-choice-report-feedback = GitHub là một trong những nơi các nhà tuyển dụng kiểu này bắt đầu. Báo cáo bình luận giúp GitHub phát hiện tài khoản đó.

japanese-client-dc-hello = Konnichiwa! 😄 Cảm ơn bạn đã đến.
japanese-client-dc-project = Dự án là dashboard cho sàn crypto của chúng tôi. React và Node, bạn biết rõ. Chúng tôi trả hai tuần một lần, { MONEY($rate) }/giờ, bằng USDC hoặc ngân hàng, tùy bạn thích.
japanese-client-dc-start = Bạn có thể bắt đầu vào thứ Hai không? Hôm nay tôi gửi bạn spec.
japanese-client-call-choice-skip = Nghe ổn đó! Gửi mình spec, thứ Hai mình bắt đầu.
japanese-client-call-choice-colleague = Trước khi ký: mình gọi ngắn một cuộc được không? Đồng nghiệp của mình, { $colleague }, nói được tiếng Nhật, cô ấy rất muốn chào bạn. Mình sẽ thêm cô ấy vào đây.
japanese-client-call-choice-colleague-feedback = Một phép thử ít tốn kém và công bằng: một người thật sự điều hành công ty ở Osaka có thể nói vài câu tiếng Nhật mà không gặp khó khăn gì.
japanese-client-call-choice-japanese = Mình gọi video năm phút trước được không? Mình đang học tiếng Nhật, nên muốn thử nói một chút. よろしくお願いします！

japanese-client-skip-reply = Tuyệt, làm việc với bạn thật dễ 😄 Có một việc nhỏ trước thứ Hai, tôi sẽ nhắn riêng cho bạn.

japanese-client-colleague-joins = { $colleague } đã tham gia kênh.
japanese-client-colleague-hello = はじめまして！{ $colleague }です。大阪のどちらにお住まいですか？
japanese-client-colleague-explains = (Giải thích cho bạn: mình vừa chào và hỏi anh ấy sống ở khu nào của Osaka. Chuyện xã giao dễ ợt với bất kỳ ai ở đó.)

japanese-client-call-asked = À, cuộc gọi… 🤔 để tôi xem

japanese-client-stall-excuse = Xin lỗi, chúng ta hãy giữ bằng văn bản 😅 tuần này mic của tôi bị hỏng. Và nói thật tiếng Nhật của tôi hơi cùn, tôi lớn lên ở nước ngoài.
japanese-client-stall-excuse-2 = Hãy bỏ qua cuộc gọi, không cần thiết. Tôi trả trước tuần đầu tiên nếu bạn bắt đầu nhanh 🙏
japanese-client-stall-choice-accept = Không sao, nhắn tin cũng được.
japanese-client-stall-choice-doubt = CTO của một start-up ở Osaka mà không chào được một câu bằng tiếng Nhật? Mình vẫn muốn có cuộc gọi đó trước đã.
japanese-client-stall-choice-leave = Chuyện này không hợp lý với mình. Mình xin không nhận dự án.
japanese-client-stall-choice-leave-feedback = Tin vào sự vênh nhau đó là đúng. Một khách hàng tự nhận là người Nhật mà né đến cả một từ tiếng Nhật là đang cho bạn biết điều gì đó.

japanese-client-stall-gone = Xin lỗi, bây giờ rất bận, đang họp. Nói chuyện sau.
japanese-client-left = { $client } rời khỏi kênh mà không nói thêm lời nào.

japanese-client-dm = Một ngày sau: một tin nhắn riêng từ { $client }.
japanese-client-dm-hello = Chào bạn 🙂 hãy nói chuyện ở đây, chỉ chúng ta, dễ hơn.
japanese-client-dm-no-colleague = Không cần đồng nghiệp của bạn, cô ấy không thuộc dự án.
japanese-client-dm-setup = Để bắt đầu nhanh, dev trưởng của chúng tôi phải thiết lập môi trường trên máy tính của bạn. Xin hãy cài Chrome Remote Desktop và gửi tôi mã truy cập. Tất cả contractor của chúng tôi đều làm vậy, là bình thường.
japanese-client-dm-bonus = Tôi gửi bạn { MONEY($bonus) } tiền thưởng ký hợp đồng trong hôm nay nếu bạn làm ngay bây giờ.
japanese-client-dm-link = { $client } đã gửi cho bạn một đường link: “Chrome Remote Desktop – thiết lập truy cập từ xa”.
japanese-client-remote-choice-install = Ok, mình cài ngay đây. Mã đây.
japanese-client-remote-choice-why = Sao dev của bạn lại cần máy tính của mình? Mình tự thiết lập môi trường được mà.
japanese-client-remote-choice-why-feedback = Đúng câu cần hỏi. Không công việc thật nào cần điều khiển máy tính của bạn: bạn tự thiết lập môi trường của mình.
japanese-client-remote-choice-refuse = Không ai được truy cập từ xa vào máy tính của mình. Mình không tham gia.

japanese-client-why-reply = Server của chúng tôi chỉ nhận kết nối từ nước của bạn 😅 nên dev của chúng tôi phải làm việc từ máy tính của bạn, với internet của bạn.
japanese-client-why-reply-2 = Bạn không làm gì cả, chỉ để máy tính bật. Tiền dễ cho bạn, { MONEY($rate) }/giờ mà không làm gì.
japanese-client-last-choice-install = Ừ thì, nếu chỉ là đường truyền internet… Ok, mã đây.
japanese-client-last-choice-leave = Vậy là người khác sẽ làm việc dưới tên mình, từ máy tính của mình. Không. Mình dừng ở đây.
japanese-client-last-choice-report = Đó chính là cách người làm thay ẩn mình. Mình chặn bạn và báo cáo chuyện này.
japanese-client-last-choice-report-feedback = Chính xác: anh ta vừa mô tả đúng mánh khóe đó. Báo cáo anh ta trên Discord và GitHub, và trình báo công an, giúp chặn lần thử tiếp theo.

japanese-client-session = Chrome Remote Desktop: có người đang kết nối vào máy tính của bạn. Con trỏ chuột tự di chuyển.
japanese-client-keep-on = Cảm ơn!! Xin hãy để máy tính bật vào ban đêm và đừng gập máy 🙏
japanese-client-ssh-key = Hai tuần sau, GitHub gửi email cho bạn: một SSH key mới đã được thêm vào tài khoản của bạn. Bạn không hề thêm nó.
japanese-client-compromised = Một người lạ đã điều khiển máy tính của bạn, và mọi việc làm từ đó đều đi ra từ đường truyền internet của bạn và dưới tên bạn. Đó là cách những người làm thay này trông như người ở địa phương trong mắt các nền tảng và nhà tuyển dụng; những người cố ý giữ máy tính cho họ đã bị truy tố, và Christina Chapman đã bị kết án 102 tháng tù. Bạn đã được kể một câu chuyện khác, và bây giờ bạn vẫn có thể hạn chế thiệt hại: ngắt phiên kết nối, gỡ Chrome Remote Desktop, đổi mật khẩu từ một thiết bị khác, xóa các SSH key và token lạ khỏi GitHub, và báo cáo với nền tảng và trình báo công an.

japanese-client-walked-away-early = Bạn giữ cuộc trò chuyện ở nơi có lưu vết và rút lui khi “khách hàng” không chịu đưa ra hợp đồng. Không có gì của bạn lọt ra khỏi tay bạn.
japanese-client-reported-early = Bạn đã từ chối và báo cáo bình luận. Giờ GitHub có thể xem xét tài khoản này trước khi nó nhắn cho lập trình viên tiếp theo.
japanese-client-walked-away-mid = Một phép thử hai phút đã cho bạn biết điều cần biết: “khách hàng từ Osaka” không thể là người anh ta nói. Bạn đã rời đi trước khi anh ta kịp đòi hỏi điều gì.
japanese-client-walked-away = Bạn đã nói không với truy cập từ xa. Máy tính và tên tuổi của bạn vẫn là của bạn.
japanese-client-reported = Bạn đã từ chối và báo cáo. Các nền tảng giờ đã biết đến tài khoản này, và máy tính của bạn vẫn là của bạn.
