# Kịch bản “laptop-host”: một nhân viên tuyển dụng của Tallgrass IT Staffing (công ty hư cấu)
# mời bạn trên Upwork làm “điều phối thiết bị” bán thời gian: trông giữ những chiếc laptop mà
# các công ty khách hàng gửi cho “lập trình viên của bên mình”.
# Biến: $recruiter (tên một người phụ nữ), $dev (tên một người đàn ông: lập trình viên được cho
# là chủ chiếc laptop), $rate (đô la mỗi giờ), $fee (đô la mỗi laptop mỗi tháng), $salary
# (đô la mỗi tháng).
# Giọng: thoải mái, thân thiện. Câu ngắn, đôi khi viết thường, vài emoji, lỗi nhỏ của người
# không nói tiếng mẹ đẻ (không chế giễu). Cô ấy xưng “mình”, gọi người chơi là “bạn”; người chơi
# cũng xưng “mình”, gọi cô ấy là “bạn”. Phản hồi và phần kết gọi người chơi là “bạn”.
# Vô hại: cuộc gọi video ngắn (proxy-verification) và thông tin thuế cho khoản tiền công của
# chính người chơi, điền trong phần cài đặt của Upwork (identity-docs).

laptop-host-title = Việc điều phối thiết bị bán thời gian
laptop-host-summary = Một công ty cung ứng nhân sự trên Upwork mời bạn vài giờ có lương mỗi tuần để trông coi laptop làm việc của các lập trình viên bên họ.
laptop-host-cast-recruiter = { $recruiter }

laptop-host-invite = Upwork: { $recruiter } từ Tallgrass IT Staffing mời bạn vào một công việc: “Điều phối thiết bị bán thời gian, làm tại nhà”, { MONEY($rate) } một giờ, khoảng mười giờ mỗi tuần.
laptop-host-hello = hi! mình là { $recruiter } bên Tallgrass 😊 thấy bạn từng làm hỗ trợ IT, đúng cái bên mình cần luôn
laptop-host-hello-alt = Chào bạn! Mình là { $recruiter } ở Tallgrass 👋 thấy bạn có kinh nghiệm hỗ trợ IT là mình để ý ngay, đúng người bên mình đang tìm
laptop-host-about = Bên mình là công ty cung ứng nhân sự, đưa lập trình viên làm từ xa vào các công ty ở Mỹ và châu Âu. Dev của bên mình hay di chuyển, nên cần người đáng tin trông giữ laptop làm việc của họ tại nhà.
laptop-host-call-ask = Trước hết, mình gọi video nhanh được không? 15 phút thôi, mình thích được thấy người mình làm cùng. Ứng dụng nào là bạn chọn.

laptop-host-call-choice-yes = Được chứ, gọi nhanh thì ổn. Chiều mai mình rảnh, dùng Zoom hay Meet đều được.
laptop-host-call-choice-chat = Tạm thời mình cứ nhắn tin thôi nhé. Mình chỉ gọi video khi đã có hợp đồng.
laptop-host-call-choice-chat-feedback = Một cuộc gọi video mà bạn xuất hiện là chính mình, cho việc bạn tự làm, không để lộ điều gì. Hãy để dành sự cảnh giác cho những yêu cầu bắt địa chỉ, mạng internet hay tài khoản ngân hàng của bạn làm việc cho người khác.
laptop-host-call-choice-pass = Gọi video cho một việc làm thêm nhỏ thì hơi quá. Mình xin thôi, cảm ơn.

laptop-host-chat-reply = ok không sao, nhắn tin cũng được. Vậy mình gửi hợp đồng cho bạn nha
laptop-host-call = Cuộc gọi video: { $recruiter } thân thiện và nói chuyện nhanh gọn. Cô ấy chiếu một slide có logo công ty, hỏi về đường truyền internet của bạn và bạn có hay làm việc ở nhà không.

laptop-host-contract = Nói chuyện vui quá! Mình đã gửi bạn hợp đồng theo giờ ở đây trên Upwork, { MONEY($rate) } một giờ. Để rút tiền thì Upwork sẽ hỏi thông tin thuế của bạn, bạn điền giúp mình trong phần cài đặt Upwork nhé.
laptop-host-tax-choice-settings = Xong rồi, thông tin thuế đã nằm trong cài đặt Upwork của mình.
laptop-host-tax-choice-chat = Mình gửi mã số thuế cho bạn ở đây luôn được không? Cho nhanh.
laptop-host-tax-choice-chat-feedback = Thông tin thuế của bạn thuộc về phần cài đặt riêng của Upwork, nơi nền tảng lưu nó để trả tiền cho bạn. Gửi trong khung chat, nó nằm trong tay một người lạ có thể dùng nó để đứng tên bạn.
laptop-host-tax-choice-refuse = Chưa làm giờ nào thì mình không đưa thông tin thuế cho ai hết.
laptop-host-tax-choice-refuse-feedback = Đây là quy trình riêng của nền tảng, cho tiền công của chính bạn theo một hợp đồng Upwork đàng hoàng, và không có gì đến tay cô ấy. Từ chối chỉ làm chậm việc rút tiền của bạn; nó chẳng bảo vệ được gì.

laptop-host-tax-chat-reply = Ok, cảm ơn bạn! Mình chuyển tiếp cho
laptop-host-tax-refuse-reply = Không sao đâu, cái đó chỉ cho Upwork, không phải cho mình. Bạn làm lúc nào cũng được, miễn trước khi rút tiền.

laptop-host-work = ok giờ tới việc chính nha. Tuần sau sẽ có một chiếc laptop từ khách hàng bên mình gửi tới chỗ bạn. Máy của dev bên mình, { $dev }, trên nhãn có tên anh ấy và địa chỉ của bạn
laptop-host-work-host = Bạn mở hộp, cắm điện, kết nối wifi nhà bạn và để máy chạy 24/7. Nếu nó mất mạng thì bạn bật lại. Vậy thôi!
laptop-host-host-choice-yes = Nghe dễ mà, mình cũng ở nhà gần như cả ngày. Cứ gửi đi, mình cài đặt cho.
laptop-host-host-choice-notouch = Ok, nhưng mình chỉ cắm điện cho nó thôi. Mình không đăng nhập gì hết.
laptop-host-host-choice-notouch-feedback = Việc bạn không đăng nhập chẳng thay đổi gì điều chiếc laptop làm ở nhà bạn: nó khiến một người ở rất xa trông như đang sống tại địa chỉ của bạn, dùng mạng internet của bạn. Chính việc giữ máy mới là vấn đề.
laptop-host-host-choice-why = Sao công ty của anh ấy lại gửi laptop làm việc đến nhà mình, mà không gửi cho anh ấy?
laptop-host-host-choice-why-feedback = Câu hỏi đúng. Công ty gửi laptop làm việc cho người họ tuyển. Nếu máy được gửi về địa chỉ của bạn, công ty tin rằng nhân viên của họ sống ở đó, trong khi người khác dùng nó từ rất xa: đó chính là một “trang trại laptop”.

laptop-host-why-reply = anh ấy đang chuyển nhà, mà khách hàng cần địa chỉ tại chỗ cho giấy tờ. Trong ngành nhân sự bình thường lắm, bên mình có người giữ máy ở nhiều thành phố. Không ai bị hại, việc vẫn xong

laptop-host-tools = Thêm một việc cho hôm máy tới: cài AnyDesk lên máy để { $dev } đăng nhập từ chỗ anh ấy đang ở. Nếu IT của khách hàng chặn ứng dụng thì bên mình gửi bạn một hộp KVM nhỏ, bạn chỉ cần cắm vào laptop và router. Không cần phần mềm.
laptop-host-tools-choice-anydesk = [Đồng ý: bạn sẽ cài AnyDesk ngay khi laptop tới]
laptop-host-tools-choice-kvm = Không cài phần mềm lên máy của khách nghe an toàn hơn. Vậy lấy hộp KVM.
laptop-host-tools-choice-kvm-feedback = Công tắc KVM là điều khiển từ xa không cần phần mềm: một người ở rất xa thấy màn hình và gõ phím như đang ngồi ở bàn bạn. Tháng 6 năm 2025, Bộ Tư pháp Mỹ khám xét 29 trang trại laptop đã biết hoặc bị nghi ngờ ở 16 bang và thu giữ khoảng 200 máy tính; việc truy cập từ xa ở đó đi qua các công tắc KVM.
laptop-host-tools-choice-refuse = Không ai được truy cập từ xa vào laptop ở nhà mình, dù bằng app hay hộp.
laptop-host-tools-choice-refuse-feedback = Đúng. AnyDesk hay một cái hộp giữa laptop và router: đằng nào cũng là người lạ làm việc từ nhà bạn, còn công ty thì tưởng đó là nhân viên của mình.

laptop-host-refuse-reply = đâu phải người lạ, là chính người dùng của máy mà!! chỉ là anh ấy không có ở đó thôi 😅 thôi được, để mình kể bạn nghe về tiền, bạn sẽ thích

laptop-host-pay-intro = rồi, giờ tới phần tiền
laptop-host-pay = Lương của { $dev } từ khách hàng, { MONEY($salary) } mỗi tháng, sẽ trả vào tài khoản ngân hàng của bạn, vì bộ phận trả lương bên họ cần tài khoản trong nước. Bạn giữ { MONEY($fee) } cho mỗi laptop mỗi tháng, phần còn lại gửi về công ty bên mình, chuyển khoản hay USDT đều được.
laptop-host-pay-choice-forward = Thêm { MONEY($fee) } mỗi tháng ngoài tiền giờ là đỡ lắm. Gửi mình thông tin đi.
laptop-host-pay-choice-separate = Được, nhưng chỉ vào một tài khoản riêng mình mở chỉ cho công việc này.
laptop-host-pay-choice-separate-feedback = Tài khoản riêng vẫn là tài khoản đứng tên bạn: ngân hàng thấy bạn nhận lương của người khác rồi chuyển đi tiếp. Ở Việt Nam, cho thuê hay bán tài khoản ngân hàng có thể bị truy cứu, dù tài khoản ấy được gọi là gì.
laptop-host-pay-choice-no = Lương của anh ấy không đi qua tài khoản của mình. Mình chỉ nhận tiền giờ của mình, ở đây.
laptop-host-pay-choice-no-feedback = Đúng. Lương của người khác chảy vào tài khoản bạn rồi đi ra là bạn đang làm “con la tiền”, kể cả khi có phí, và ngân hàng sẽ lần ra bạn.

laptop-host-no-reply = Hmm, ok. Chuyện lương để sau tìm cách khác, quan trọng nhất là laptop.

laptop-host-secret = Việc cuối 🙏 bạn đừng nhắc tới laptop trong chat Upwork hay với bộ phận hỗ trợ nha. Luật bên đó cũ lắm, họ sẽ đóng hợp đồng. Chính thức thì bạn làm hỗ trợ IT, mà đúng là vậy thật!
laptop-host-final-choice-report = [Lưu đoạn chat, rồi chặn cô ấy và báo cáo công việc này với Upwork]
laptop-host-final-choice-report-feedback = Đúng, và lặng lẽ: đoạn chat cho Upwork thấy toàn cảnh, và bạn không cần báo trước cho cô ấy. Thứ gì phải giấu nền tảng là để bảo vệ mánh lừa, không phải bảo vệ bạn.
laptop-host-final-choice-quiet = Hiểu rồi, mình không nhắc laptop trên Upwork. Gửi máy đầu tiên đi.
laptop-host-final-choice-trial = Một laptop, thử một tháng, và mình sẽ giữ kín.
laptop-host-final-choice-trial-feedback = Một laptop đã là một trang trại laptop: một người ở rất xa trông như đang sống tại địa chỉ của bạn. Những người cố ý vận hành các mô hình như vậy đã bị truy tố, và không có phiên bản nhỏ nào an toàn cả.

laptop-host-arrives = Thứ Hai: một kiện hàng gửi { $dev }, tới địa chỉ của bạn. Bên trong là một laptop mới có nhãn tài sản của một công ty.
laptop-host-more = Yay, tới rồi!! 🎉 tuần sau thêm hai máy nữa, y như vậy
laptop-host-months-later = Ba tháng sau, bốn chiếc laptop chạy rì rì trên kệ nhà bạn cả ngày lẫn đêm. Bạn chưa từng nói chuyện với những người dùng chúng.
laptop-host-bank-freeze = Ngân hàng phong tỏa tài khoản của bạn và yêu cầu giải thích vì sao lương từ nhiều công ty chuyển vào rồi lập tức chuyển đi.
laptop-host-upwork-closed = Upwork: “Tài khoản của bạn đã bị đóng vĩnh viễn do vi phạm Điều khoản dịch vụ của chúng tôi.”

laptop-host-compromised = Những chiếc laptop ở nhà bạn khiến những người ở rất xa trông như đang sống tại địa chỉ của bạn, dùng mạng internet của bạn, và các công ty tuyển họ không hề hay biết. Giữ laptop kiểu này có thể khiến bạn trở thành một phần của vụ gian lận, và rủi ro pháp lý vẫn thuộc về bạn: tháng 6 năm 2025, Bộ Tư pháp Mỹ khám xét 29 trang trại laptop đã biết hoặc bị nghi ngờ ở 16 bang. Người bị lừa không giống người cố ý vận hành một mô hình như vậy, và lên tiếng sớm sẽ có lợi. Đừng kết nối thêm laptop nào, giữ lại mọi tin nhắn, và kể toàn bộ câu chuyện với Upwork và ngân hàng của bạn. Trang “Đã lỡ dính vào?” (nhấn I, hoặc gõ redflag involved) liệt kê các bước tiếp theo.
laptop-host-reported = Bạn đã chặn cô ấy và báo cáo công việc trước khi chiếc laptop nào tới nhà bạn. Sẽ không công ty nào tin rằng nhân viên của họ sống tại địa chỉ của bạn, và Upwork có thể xem xét công ty này trước khi freelancer tiếp theo nhận được lời mời y hệt.
laptop-host-walked-away-call = Bạn rời đi trước khi có gì bị đe dọa, và như vậy là an toàn. Nhưng một cuộc gọi video ngắn mà bạn xuất hiện là chính mình là phần vô hại của lời mời này. Hãy để dành chữ “không” cho những yêu cầu bắt địa chỉ, mạng internet hay tài khoản ngân hàng của bạn làm việc cho người khác.

laptop-host-fine-proxy-verification = Một cuộc gọi video ngắn để làm quen là ổn: bạn xuất hiện là chính mình, cho việc bạn tự làm. Mối nguy đến sau đó, với những chiếc laptop dành cho người khác gửi tới địa chỉ của bạn.
laptop-host-fine-identity-docs = Thông tin thuế cho tiền công của chính bạn, theo hợp đồng Upwork, điền trong phần cài đặt riêng của Upwork: như vậy là ổn. Cũng những thông tin đó mà gửi cho cô ấy trong khung chat thì khác: chúng sẽ nằm trong tay một người lạ.
